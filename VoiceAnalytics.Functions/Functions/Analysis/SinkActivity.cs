using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Sinks;

namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>What every sink activity does: deliver once, and turn a failure recorded in the ledger into an exception so Durable retries it.</summary>
internal static class SinkActivity
{
    public static async Task DeliverAsync(SessionActivities activities, string sessionId, string sink, CancellationToken cancellationToken)
    {
        var record = await activities.DeliverAsync(sessionId, sink, cancellationToken).ConfigureAwait(false);
        if (record.Status != DeliveryStatus.Delivered)
        {
            throw new SinkDeliveryException(sink, record.LastError);
        }
    }
}

/// <summary>A delivery that failed; its reason is already in the delivery ledger.</summary>
public sealed class SinkDeliveryException(string sink, string? reason)
    : Exception($"Delivery to {sink} failed: {reason ?? "no reason recorded"}");
