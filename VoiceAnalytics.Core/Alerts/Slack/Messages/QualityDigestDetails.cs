namespace VoiceAnalytics.Core.Alerts.Slack.Messages;

/// <summary>The hourly #product digest (data-flow spec 7.4): content gaps, low-engagement sessions, feature requests.</summary>
public sealed record QualityDigestDetails
{
    /// <summary>End of the hour the digest covers.</summary>
    public required DateTimeOffset HourEnding { get; init; }

    /// <summary>All failed searches of the hour; <see cref="ContentGaps"/> may list only the top ones.</summary>
    public int FailedSearchTotal { get; init; }

    public IReadOnlyList<ContentGapItem> ContentGaps { get; init; } = [];

    public Uri? ContentGapReportUrl { get; init; }

    public double EngagementThreshold { get; init; } = 5;

    public IReadOnlyList<LowEngagementItem> LowEngagementSessions { get; init; } = [];

    /// <summary>A pattern across those sessions, for example <c>Users asking about feature X (not in KB)</c>.</summary>
    public string? LowEngagementPattern { get; init; }

    public Uri? TranscriptsUrl { get; init; }

    /// <summary>All feature-request mentions of the hour; <see cref="FeatureRequests"/> may list only the top ones.</summary>
    public int FeatureMentionTotal { get; init; }

    public IReadOnlyList<FeatureRequestItem> FeatureRequests { get; init; } = [];

    public Uri? FeatureRequestLogUrl { get; init; }
}
