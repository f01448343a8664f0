namespace VoiceAnalytics.Core.Alerts.PagerDuty;

/// <summary>What a trigger reports; <c>source</c> and <c>timestamp</c> are added by <see cref="PagerDutyClient"/>.</summary>
public sealed record PagerDutyAlert
{
    /// <summary>Title of the alert, at most 1024 characters; for example <c>Voice agent appears down - no sessions in 10 min</c>.</summary>
    public required string Summary { get; init; }

    public PagerDutySeverity Severity { get; init; } = PagerDutySeverity.Critical;

    /// <summary>The broken part, for example <c>stt</c> or <c>session-queue</c>.</summary>
    public string? Component { get; init; }

    /// <summary>A grouping of components, for example <c>voice-agent</c>.</summary>
    public string? Group { get; init; }

    /// <summary>The kind of event, for example <c>latency</c> or <c>error-rate</c>.</summary>
    public string? Class { get; init; }

    /// <summary>Free-form details shown on the alert: figures, never personal data.</summary>
    public IReadOnlyDictionary<string, object?>? CustomDetails { get; init; }
}
