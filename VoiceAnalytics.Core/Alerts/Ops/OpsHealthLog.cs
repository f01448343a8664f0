using Microsoft.Extensions.Logging;

namespace VoiceAnalytics.Core.Alerts.Ops;

internal static partial class OpsHealthLog
{
    [LoggerMessage(5400, LogLevel.Warning, "Ops alert {AlertName} opened (alert {AlertId}): {Value}")]
    public static partial void Opened(ILogger logger, string alertName, long alertId, double value);

    [LoggerMessage(5401, LogLevel.Information, "Ops alert {AlertName} resolved (alert {AlertId})")]
    public static partial void Resolved(ILogger logger, string alertName, long alertId);

    [LoggerMessage(5402, LogLevel.Warning, "Ops alert {AlertName} (alert {AlertId}): {Notice} to {Destination} not sent yet; the next run retries")]
    public static partial void NotificationPending(ILogger logger, string alertName, long alertId, OpsNotice notice, string destination);

    [LoggerMessage(5403, LogLevel.Error, "Ops rule {Rule} could not be evaluated: {Reason}")]
    public static partial void RuleFailed(ILogger logger, string rule, string reason);
}
