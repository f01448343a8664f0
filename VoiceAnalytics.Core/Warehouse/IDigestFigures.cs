namespace VoiceAnalytics.Core.Warehouse;

/// <summary>What the #product quality digest (spec 7.4) asks the warehouse: facts of the sessions analyzed in [from, to).</summary>
public interface IDigestFigures
{
    /// <summary>Every failed knowledge-base search, one entry per search (the same question twice is two), oldest analysis first.</summary>
    Task<IReadOnlyList<FailedSearch>> FailedSearchesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Sessions whose engagement score is under <paramref name="below"/>, lowest first.</summary>
    Task<IReadOnlyList<LowEngagementSession>> LowEngagementAsync(DateTimeOffset from, DateTimeOffset to, double below, CancellationToken cancellationToken);

    /// <summary>
    /// Feature requests, one per requested feature per call, plus one without a feature for each "features" objection
    /// of a call that named no feature; oldest analysis first.
    /// </summary>
    Task<IReadOnlyList<FeatureMention>> FeatureMentionsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}

public sealed record FailedSearch(string Query, DateTimeOffset AnalyzedAt);

/// <summary>A session under the engagement threshold with its red-flag codes and the topics the knowledge base lacked.</summary>
public sealed record LowEngagementSession(string SessionId, double EngagementScore, IReadOnlyList<string> RedFlagCodes, IReadOnlyList<string> MissingTopics);

/// <summary>A requested feature (null for a "features" objection that named none) with its evidence quote.</summary>
public sealed record FeatureMention(string? Feature, string? Quote, DateTimeOffset AnalyzedAt);
