using Microsoft.Extensions.Logging;
using VoiceAnalytics.Core.Storage;

namespace VoiceAnalytics.Core.Telemetry;

/// <summary>
/// Reads the depth the way the ops queue-backlog rule does (<see cref="ISessionQueue.CountAsync"/>). Metric callbacks
/// are synchronous and run on the exporter's own thread (no synchronization context), so waiting is safe there;
/// the timeout keeps a hung storage call from stalling every other metric of that export.
/// </summary>
public sealed class SessionQueueDepth(ISessionQueue queue, ILogger<SessionQueueDepth> logger) : IQueueDepth
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public long? Read()
    {
        using var cancellation = new CancellationTokenSource(Timeout);
        try
        {
            return queue.CountAsync(cancellation.Token).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            TelemetryLog.QueueDepthUnavailable(logger, ex.GetType().Name, ex.Message);
            return null;
        }
    }
}
