using Microsoft.Extensions.Logging;

namespace VoiceAnalytics.Core.Alerts.PagerDuty;

/// <summary>Log messages of the PagerDuty client: actions, dedup keys and statuses, never the routing key.</summary>
internal static partial class PagerDutyLog
{
    [LoggerMessage(5200, LogLevel.Information, "PagerDuty accepted {Action} {DedupKey} after {Attempts} attempt(s)")]
    public static partial void Accepted(ILogger logger, PagerDutyEventAction action, string dedupKey, int attempts);

    [LoggerMessage(5201, LogLevel.Warning, "PagerDuty {Action} {DedupKey} attempt {Attempt} failed ({StatusCode} {Message}); retrying in {Delay}")]
    public static partial void Retrying(ILogger logger, PagerDutyEventAction action, string dedupKey, int attempt, int? statusCode, string? message, TimeSpan delay);

    [LoggerMessage(5202, LogLevel.Error, "PagerDuty {Action} {DedupKey} failed after {Attempts} attempt(s): {Outcome} {StatusCode} {Message} {Errors}")]
    public static partial void Failed(ILogger logger, PagerDutyEventAction action, string dedupKey, int attempts, PagerDutyOutcome outcome, int? statusCode, string? message, string errors);

    [LoggerMessage(5203, LogLevel.Warning, "No PagerDuty routing key is configured; {Action} {DedupKey} was not sent")]
    public static partial void NotConfigured(ILogger logger, PagerDutyEventAction action, string dedupKey);
}
