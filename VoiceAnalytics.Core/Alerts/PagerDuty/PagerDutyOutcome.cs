namespace VoiceAnalytics.Core.Alerts.PagerDuty;

/// <summary>How sending one event ended (https://developer.pagerduty.com/docs/events-api-v2/overview/, "Response Codes &amp; Retry Logic").</summary>
public enum PagerDutyOutcome
{
    /// <summary>202: PagerDuty took the event.</summary>
    Accepted,

    /// <summary>429, 5xx, a network error or a timeout, still failing after the last attempt: retry later.</summary>
    Transient,

    /// <summary>400 (invalid event) or no routing key configured: the same event will never be accepted.</summary>
    Permanent,
}
