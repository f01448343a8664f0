namespace VoiceAnalytics.Core.Alerts.PagerDuty;

/// <summary>The end of one event sent by <see cref="PagerDutyClient"/>. Never holds the routing key.</summary>
public sealed record PagerDutyResult
{
    public required PagerDutyOutcome Outcome { get; init; }

    public required PagerDutyEventAction Action { get; init; }

    /// <summary>The key PagerDuty answered with, else the one sent.</summary>
    public required string DedupKey { get; init; }

    public int Attempts { get; init; }

    public int? StatusCode { get; init; }

    /// <summary>PagerDuty's <c>message</c>, or ours (<c>not_configured</c>, <c>timeout</c>, <c>network_error</c>).</summary>
    public string? Message { get; init; }

    /// <summary>PagerDuty's <c>errors</c> of a 400: what is wrong with the event.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    public bool IsAccepted => Outcome == PagerDutyOutcome.Accepted;
}
