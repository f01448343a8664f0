namespace VoiceAnalytics.Core.Alerts.Ops;

/// <summary>Which notification of an alert: the one that opens it, or the one that resolves it.</summary>
public enum OpsNotice
{
    Trigger,
    Resolve,
}
