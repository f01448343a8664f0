using Microsoft.Extensions.Logging;

namespace VoiceAnalytics.Core.Telemetry;

internal static partial class TelemetryLog
{
    [LoggerMessage(9101, LogLevel.Warning, "Queue depth not reported this time: the session queue could not be read ({ErrorType}: {Error})")]
    public static partial void QueueDepthUnavailable(ILogger logger, string errorType, string error);
}
