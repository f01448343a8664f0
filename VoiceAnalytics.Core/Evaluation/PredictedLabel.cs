using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Evaluation;

/// <summary>A predicted label value with the evidence the analyzer used for it.</summary>
public sealed record PredictedLabel(object? Value, IReadOnlyList<Evidence> Evidence)
{
    public static PredictedLabel Of(object? value, params Evidence?[] evidence) =>
        new(value, [.. evidence.Where(e => e is not null).Select(e => e!)]);
}
