namespace VoiceAnalytics.Core.Alerts.PagerDuty;

/// <summary>The <c>payload</c> object of a trigger event (PD-CEF).</summary>
internal sealed record PagerDutyPayload(
    string Summary,
    string Source,
    PagerDutySeverity Severity,
    DateTimeOffset Timestamp,
    string? Component,
    string? Group,
    string? Class,
    IReadOnlyDictionary<string, object?>? CustomDetails);
