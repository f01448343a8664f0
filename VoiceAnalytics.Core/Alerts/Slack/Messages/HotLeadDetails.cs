namespace VoiceAnalytics.Core.Alerts.Slack.Messages;

/// <summary>What the hot-lead alert shows (data-flow spec 7.3, "Hot Lead Detected (Score &gt;80)").</summary>
public sealed record HotLeadDetails
{
    public required string LeadName { get; init; }

    public string? Email { get; init; }

    public string? Company { get; init; }

    /// <summary>Lead score out of 100.</summary>
    public required int Score { get; init; }

    /// <summary>Qualification tier, for example <c>Tier 1</c>; shown when present.</summary>
    public string? Tier { get; init; }

    /// <summary>One line each, for example <c>Team size: 15 users</c>.</summary>
    public IReadOnlyList<string> KeySignals { get; init; } = [];

    public Uri? SalesforceUrl { get; init; }

    public Uri? TranscriptUrl { get; init; }

    public string Recommendation { get; init; } = "Call within 2 hours";

    /// <summary>Slack member id of the territory owner (<c>U0123ABCD</c>), mentioned in the message.</summary>
    public string? OwnerSlackUserId { get; init; }
}
