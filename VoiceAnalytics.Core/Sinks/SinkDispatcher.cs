using Microsoft.Extensions.Logging;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Telemetry;

namespace VoiceAnalytics.Core.Sinks;

/// <summary>
/// Delivers a report to the system of record (the warehouse) first, then to every other sink in parallel. A sink already delivered for the session is skipped (retries and
/// re-analysis do not deliver twice); a failing sink is recorded in the ledger and never blocks the others.
/// Transient failures are retried inside each sink's HTTP client; what is left is a failure for the ledger.
/// </summary>
public sealed partial class SinkDispatcher(IEnumerable<ISessionSink> sinks, IDeliveryLedger ledger, ILogger<SinkDispatcher> logger, VoiceAnalyticsTelemetry? telemetry = null)
{
    private readonly IReadOnlyList<ISessionSink> _sinks = Distinct([.. sinks]);

    public IReadOnlyList<string> SinkNames => [.. _sinks.Select(s => s.Name)];

    public IReadOnlyList<ISessionSink> Sinks => _sinks;

    /// <summary>The ledger the dispatcher records in.</summary>
    public IDeliveryLedger Ledger => ledger;

    /// <summary>
    /// Delivers the report to one sink, unless the ledger already shows it delivered; the outcome is recorded in the
    /// ledger and returned (a failure is returned, never thrown).
    /// </summary>
    public async Task<DeliveryRecord> DeliverOneAsync(string sinkName, SessionPayload session, SessionReport report, CancellationToken cancellationToken) =>
        await DeliverOneAsync(sinkName, session, report, await ledger.GetAsync(session.SessionId, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// <see cref="DeliverOneAsync(string, SessionPayload, SessionReport, CancellationToken)"/> with the session's
    /// ledger records already read (the in-process runner reads them once for all its sinks).
    /// </summary>
    public async Task<DeliveryRecord> DeliverOneAsync(string sinkName, SessionPayload session, SessionReport report, IReadOnlyList<DeliveryRecord> ledgered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledgered);
        var sink = _sinks.FirstOrDefault(s => s.Name == sinkName) ?? throw new ArgumentException($"No sink is registered as '{sinkName}'.", nameof(sinkName));
        var record = ledgered.FirstOrDefault(r => r.Sink == sinkName);
        return record is { Status: DeliveryStatus.Delivered } ? record : await DeliverOneAsync(sink, session, report, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DeliveryRecord>> DeliverAsync(SessionPayload session, SessionReport report, CancellationToken cancellationToken, IReadOnlySet<string>? only = null)
    {
        var done = (await ledger.GetAsync(session.SessionId, cancellationToken).ConfigureAwait(false))
            .Where(r => r.Status == DeliveryStatus.Delivered).Select(r => r.Sink).ToHashSet(StringComparer.Ordinal);
        var pending = _sinks.Where(s => !done.Contains(s.Name) && (only is null || only.Contains(s.Name))).ToList();
        await Task.WhenAll(pending.Where(s => s.IsSystemOfRecord).Select(sink => DeliverOneAsync(sink, session, report, cancellationToken))).ConfigureAwait(false);
        await Task.WhenAll(pending.Where(s => !s.IsSystemOfRecord).Select(sink => DeliverOneAsync(sink, session, report, cancellationToken))).ConfigureAwait(false);
        return await ledger.GetAsync(session.SessionId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DeliveryRecord> DeliverOneAsync(ISessionSink sink, SessionPayload session, SessionReport report, CancellationToken cancellationToken)
    {
        try
        {
            await sink.DeliverAsync(session, report, cancellationToken).ConfigureAwait(false);
            telemetry?.SinkDelivered(sink.Name, delivered: true);
            return await ledger.RecordAsync(session.SessionId, sink.Name, DeliveryStatus.Delivered, null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reason = FailureReason.Describe(ex);
            DeliveryFailed(logger, session.SessionId, sink.Name, reason);
            telemetry?.SinkDelivered(sink.Name, delivered: false);
            return await ledger.RecordAsync(session.SessionId, sink.Name, DeliveryStatus.Failed, reason, cancellationToken).ConfigureAwait(false);
        }
    }

    // The ledger is keyed by sink name: two sinks with one name would share (and hide) each other's outcome.
    private static IReadOnlyList<ISessionSink> Distinct(IReadOnlyList<ISessionSink> sinks) =>
        sinks.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice
            ? throw new InvalidOperationException($"Two sinks are registered as '{twice.Key}'; each sink name must be unique.")
            : sinks;

    [LoggerMessage(3000, LogLevel.Warning, "Delivery of session {SessionId} to {Sink} failed: {Reason}")]
    private static partial void DeliveryFailed(ILogger logger, string sessionId, string sink, string reason);
}
