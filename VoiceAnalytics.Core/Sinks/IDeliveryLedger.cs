namespace VoiceAnalytics.Core.Sinks;

/// <summary>Records each (session, sink) delivery so a retry skips what was delivered and failures stay visible.</summary>
public interface IDeliveryLedger
{
    Task<IReadOnlyList<DeliveryRecord>> GetAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>Records an attempt's outcome; attempts are counted across runs.</summary>
    Task<DeliveryRecord> RecordAsync(string sessionId, string sink, DeliveryStatus status, string? error, CancellationToken cancellationToken);

    /// <summary>
    /// Deliveries whose last attempt failed, oldest first; narrowed in the store to one session, one sink and/or the
    /// failures recorded at or after <paramref name="since"/>, so a long backlog cannot crowd recent ones out of <paramref name="max"/>.
    /// </summary>
    Task<IReadOnlyList<DeliveryRecord>> ListFailedAsync(int max, CancellationToken cancellationToken, string? sessionId = null, string? sink = null, DateTimeOffset? since = null);
}
