namespace VoiceAnalytics.Core.Alerts.Slack.Messages;

/// <summary>What the competitor alert shows (data-flow spec 7.3, "Competitor Mentioned").</summary>
public sealed record CompetitorMentionDetails
{
    public required string LeadName { get; init; }

    public string? Email { get; init; }

    public required string Competitor { get; init; }

    /// <summary>What the caller said, quoted as is.</summary>
    public string? Context { get; init; }

    public CompetitorTone Sentiment { get; init; } = CompetitorTone.Neutral;

    public Uri? TranscriptUrl { get; init; }

    public Uri? BattlecardUrl { get; init; }

    /// <summary>For example <c>Switcher campaign</c>.</summary>
    public string? Opportunity { get; init; }
}
