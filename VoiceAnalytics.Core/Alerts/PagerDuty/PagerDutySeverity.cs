namespace VoiceAnalytics.Core.Alerts.PagerDuty;

/// <summary><c>payload.severity</c>: "how impacted the affected system is".</summary>
public enum PagerDutySeverity
{
    Critical,
    Error,
    Warning,
    Info,
}
