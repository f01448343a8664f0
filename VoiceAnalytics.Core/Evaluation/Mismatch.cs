using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Evaluation;

/// <summary>One wrong prediction, with the evidence the analyzer used.</summary>
public sealed record Mismatch(string CallId, string Field, LabelValue Expected, LabelValue Predicted, IReadOnlyList<Evidence> Evidence);
