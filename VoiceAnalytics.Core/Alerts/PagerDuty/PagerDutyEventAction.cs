namespace VoiceAnalytics.Core.Alerts.PagerDuty;

/// <summary><c>event_action</c>: open an alert, or acknowledge or resolve the open alert with the same <c>dedup_key</c>.</summary>
public enum PagerDutyEventAction
{
    Trigger,
    Acknowledge,
    Resolve,
}
