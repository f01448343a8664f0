namespace VoiceAnalytics.Core.Alerts.PagerDuty;

/// <summary>
/// The body POSTed to <c>/v2/enqueue</c>: <c>{"routing_key","event_action","dedup_key","payload"}</c>, the payload for
/// triggers only (https://developer.pagerduty.com/docs/events-api-v2/trigger-events/).
/// </summary>
internal sealed record PagerDutyEvent(string RoutingKey, PagerDutyEventAction EventAction, string DedupKey, PagerDutyPayload? Payload);
