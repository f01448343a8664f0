namespace VoiceAnalytics.Core.Alerts.History;

/// <summary>The <c>alert_type</c> of the row that records a resolution; every other type is an alert.</summary>
public static class AlertHistoryTypes
{
    public const string Resolution = "resolution";
}
