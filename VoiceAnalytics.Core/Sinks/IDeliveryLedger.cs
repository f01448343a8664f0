namespace VoiceAnalytics.Core.Sinks;

/// <summary>Records each (session, sink) delivery so a retry skips what was delivered and failures stay visible.</summary>
public interface IDeliveryLedger
{
    Task<IReadOnlyList<DeliveryRecord>> GetAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>Records an attempt's outcome; attempts are counted across runs.</summary>
    Task<DeliveryRecord> RecordAsync(string sessionId, string sink, DeliveryStatus status, string? error, CancellationToken cancellationToken);

    /// <summary>Deliveries whose last attempt failed, oldest first.</summary>
    Task<IReadOnlyList<DeliveryRecord>> ListFailedAsync(int max, CancellationToken cancellationToken);
}
