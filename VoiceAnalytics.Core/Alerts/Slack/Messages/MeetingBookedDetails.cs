namespace VoiceAnalytics.Core.Alerts.Slack.Messages;

/// <summary>What the meeting-booked alert shows (data-flow spec 7.3, "Meeting Booked").</summary>
public sealed record MeetingBookedDetails
{
    public required string CustomerName { get; init; }

    public string? Email { get; init; }

    /// <summary>Start of the meeting; Slack shows it in each reader's time zone ("Tomorrow at 2:00 PM").</summary>
    public required DateTimeOffset MeetingAt { get; init; }

    /// <summary>Qualification tier, for example <c>Tier 1</c>.</summary>
    public string? Tier { get; init; }

    public int? Score { get; init; }

    /// <summary>One line each, for example <c>Current tool: DocuSign</c>.</summary>
    public IReadOnlyList<string> QuickContext { get; init; } = [];

    public Uri? CalendarUrl { get; init; }

    public Uri? SalesforceUrl { get; init; }

    public Uri? PrepNotesUrl { get; init; }

    /// <summary>Slack member id of the meeting owner, mentioned in the message.</summary>
    public string? OwnerSlackUserId { get; init; }
}
