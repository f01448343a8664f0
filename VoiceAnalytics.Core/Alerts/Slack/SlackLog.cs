using Microsoft.Extensions.Logging;

namespace VoiceAnalytics.Core.Alerts.Slack;

/// <summary>Log messages of the Slack client. Channel keys, status codes and Slack's error strings only: never a webhook URL or message content.</summary>
internal static partial class SlackLog
{
    [LoggerMessage(5100, LogLevel.Information, "Slack message delivered to channel {Channel} after {Attempts} attempt(s)")]
    public static partial void Delivered(ILogger logger, string channel, int attempts);

    [LoggerMessage(5101, LogLevel.Warning, "Slack rate-limited channel {Channel} on attempt {Attempt}; retrying in {RetryAfter}")]
    public static partial void RateLimited(ILogger logger, string channel, int attempt, TimeSpan retryAfter);

    [LoggerMessage(5102, LogLevel.Warning, "Slack message to channel {Channel} failed after {Attempts} attempt(s): {Outcome} {StatusCode} {Error}")]
    public static partial void Failed(ILogger logger, string channel, int attempts, SlackDeliveryOutcome outcome, int? statusCode, string error);

    [LoggerMessage(5103, LogLevel.Warning, "No Slack webhook is configured for channel {Channel}; the message was not sent")]
    public static partial void NotConfigured(ILogger logger, string channel);
}
