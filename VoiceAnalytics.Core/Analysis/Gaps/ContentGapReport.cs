namespace VoiceAnalytics.Core.Analysis.Gaps;

/// <summary>
/// Spec 3.7: failed knowledge-base searches, unanswered and repeated questions, the topics they fall under with a
/// priority, and the help-center content to write first.
/// </summary>
public sealed record ContentGapReport
{
    public int TotalSearches { get; init; }

    /// <summary>Searches that returned 0 results (LABELS.md <c>failed_searches</c>); tool errors are not counted.</summary>
    public int FailedSearches { get; init; }

    /// <summary>Searches that failed with a tool error.</summary>
    public int SearchErrors { get; init; }

    /// <summary>Share of searches that found something, 0-1; null without searches.</summary>
    public double? CoverageRate { get; init; }

    /// <summary>Every failed search (0 results or a tool error), in call order.</summary>
    public IReadOnlyList<FailedSearch> FailedQueries { get; init; } = [];

    public IReadOnlyList<UnansweredQuestion> UnansweredQuestions { get; init; } = [];

    public IReadOnlyList<RepeatedQuestion> RepeatedQuestions { get; init; } = [];

    /// <summary>Topics that came up, highest gap score first.</summary>
    public IReadOnlyList<TopicGap> Topics { get; init; } = [];

    /// <summary>Topics the content did not cover in this call, by priority.</summary>
    public IReadOnlyList<string> MissingDocumentation { get; init; } = [];

    /// <summary>At most ten articles to write, by priority.</summary>
    public IReadOnlyList<ContentRecommendation> Recommendations { get; init; } = [];
}
