namespace VoiceAnalytics.Core.Scoring;

/// <summary>The lead score of a call (spec 3.2).</summary>
public sealed record LeadScoreReport
{
    /// <summary>0-100: the sum of the capped components.</summary>
    public required int Score { get; init; }

    /// <summary>hot (above 80), warm (60-80) or nurture (below 60).</summary>
    public required string Temperature { get; init; }

    /// <summary>"Tier 1" or "Tier 2" (LABELS.md qualification rule).</summary>
    public required string QualificationTier { get; init; }

    public required string QualificationReason { get; init; }

    /// <summary>high | medium | low: how much of the score rests on signals actually found.</summary>
    public required string Confidence { get; init; }

    public required IReadOnlyList<ScoreComponent> Components { get; init; }

    public required IReadOnlyList<ScoreFactor> Factors { get; init; }

    /// <summary>One line per factor that earned points, e.g. "Team size 12 seats: +25 (firmographic)".</summary>
    public required IReadOnlyList<string> Justification { get; init; }

    public ScoreChange? Change { get; init; }
}
