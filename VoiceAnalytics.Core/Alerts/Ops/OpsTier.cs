namespace VoiceAnalytics.Core.Alerts.Ops;

/// <summary>Spec 7.1 critical (P1: PagerDuty and Slack #ops) or 7.2 high (P2: Slack #ops with @here).</summary>
public enum OpsTier
{
    Critical,
    High,
}
