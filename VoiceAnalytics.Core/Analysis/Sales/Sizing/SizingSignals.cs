using VoiceAnalytics.Core.Analysis.Sales.Sizing.Volume;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing;

/// <summary>How big the prospect is: seats, headcount and monthly document volume, each with confidence and evidence.</summary>
public sealed record SizingSignals
{
    public static readonly SizingSignals Empty = new();

    /// <summary>People who would use the product (seats); not the company's headcount.</summary>
    public Extracted<int>? TeamSize { get; init; }

    /// <summary>The company's headcount, only when the user states it.</summary>
    public Extracted<int>? CompanySize { get; init; }

    /// <summary>Documents sent per month (every document type together).</summary>
    public Extracted<int>? MonthlyVolume { get; init; }

    /// <summary>Every volume the user stated, in order, each normalized to a month.</summary>
    public IReadOnlyList<VolumeMention> VolumeMentions { get; init; } = [];
}
