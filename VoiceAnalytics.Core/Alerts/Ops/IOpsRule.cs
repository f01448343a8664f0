namespace VoiceAnalytics.Core.Alerts.Ops;

/// <summary>One operational condition of data-flow spec 7.1/7.2, checked by <see cref="OpsHealthJob"/> every run.</summary>
public interface IOpsRule
{
    /// <summary>The <c>alert_name</c> in alerts_history, e.g. <c>agent_down</c>; one open alert per name.</summary>
    string Name { get; }

    OpsTier Tier { get; }

    Task<OpsRuleResult> EvaluateAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
