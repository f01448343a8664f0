namespace VoiceAnalytics.Core.Analysis.Summary;

/// <summary>Spec 3.9: a CXO-ready summary of one call, written from the other analyzers' results.</summary>
public sealed record ExecutiveSummaryReport
{
    public required CallOutcome Outcome { get; init; }

    /// <summary>Three to five bullets.</summary>
    public required IReadOnlyList<string> Takeaways { get; init; }

    public required IReadOnlyList<string> Risks { get; init; }

    public required string Opportunity { get; init; }

    public required RecommendedAction NextAction { get; init; }

    /// <summary>Two or three paragraphs separated by blank lines.</summary>
    public required string Summary { get; init; }
}
