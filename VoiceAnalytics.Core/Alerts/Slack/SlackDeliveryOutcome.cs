namespace VoiceAnalytics.Core.Alerts.Slack;

/// <summary>How posting one message to a webhook ended.</summary>
public enum SlackDeliveryOutcome
{
    /// <summary>HTTP 200 (body <c>ok</c>).</summary>
    Delivered,

    /// <summary>Worth retrying later: 429 after the last attempt, 5xx (<c>rollup_error</c>), a network error or a timeout.</summary>
    Transient,

    /// <summary>Sending the same message again cannot help: 400, 403, 404, 410, or no webhook configured for the channel.</summary>
    Permanent,
}
