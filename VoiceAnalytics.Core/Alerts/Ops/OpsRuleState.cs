namespace VoiceAnalytics.Core.Alerts.Ops;

public enum OpsRuleState
{
    Firing,
    Clear,
    NotApplicable,
}
