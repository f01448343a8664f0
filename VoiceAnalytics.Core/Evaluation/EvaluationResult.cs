namespace VoiceAnalytics.Core.Evaluation;

/// <summary>The figures of one evaluation run.</summary>
public sealed record EvaluationResult(
    int Sessions,
    IReadOnlyList<FieldScore> Fields,
    IReadOnlyList<Mismatch> Mismatches,
    IReadOnlyList<SessionPrediction> Predictions,
    IReadOnlyList<string> Skipped)
{
    /// <summary>Mean over fields of F1 (sets) or accuracy (scalars).</summary>
    public double MacroF1 => Fields.Count == 0 ? 0 : Fields.Average(f => f.Headline);
}
