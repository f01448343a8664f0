namespace VoiceAnalytics.Core.Alerts.Slack;

/// <summary>
/// The end of one <see cref="SlackWebhookClient.SendAsync"/>. Slack answers errors with a plain-text string
/// (<c>invalid_payload</c>, <c>channel_is_archived</c>...), kept in <see cref="Error"/>; it never holds the webhook URL.
/// </summary>
public sealed record SlackDeliveryResult
{
    public required SlackDeliveryOutcome Outcome { get; init; }

    /// <summary>The channel key the message was for.</summary>
    public required string Channel { get; init; }

    /// <summary>HTTP requests made; 0 when nothing was sent.</summary>
    public int Attempts { get; init; }

    /// <summary>HTTP status of the last response; <see langword="null"/> when none arrived.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Slack's error string, or ours (<c>rate_limited</c>, <c>not_configured</c>, <c>timeout</c>, <c>network_error</c>).</summary>
    public string? Error { get; init; }

    /// <summary>The <c>Retry-After</c> of a 429 that was not waited out.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public bool IsDelivered => Outcome == SlackDeliveryOutcome.Delivered;

    public static SlackDeliveryResult Delivered(string channel, int attempts) =>
        new() { Outcome = SlackDeliveryOutcome.Delivered, Channel = channel, Attempts = attempts, StatusCode = 200 };

    public static SlackDeliveryResult Failed(SlackDeliveryOutcome outcome, string channel, int attempts, int? statusCode, string error, TimeSpan? retryAfter = null) =>
        new() { Outcome = outcome, Channel = channel, Attempts = attempts, StatusCode = statusCode, Error = error, RetryAfter = retryAfter };
}
