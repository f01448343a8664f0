using System.Text.Json;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Storage;

namespace VoiceAnalytics.Core.Sinks.Redelivery;

/// <summary>
/// Re-delivers the deliveries the ledger lists as failed: per session, the stored payload and report go through
/// <see cref="SinkDispatcher"/> again, limited to the sinks that failed, so delivered sinks are never repeated and
/// the ledger records each new attempt.
/// </summary>
public sealed class FailedDeliveryRedeliverer(IDeliveryLedger ledger, ISessionStore store, SinkDispatcher dispatcher, StoredReportReader reports)
{
    /// <summary>Most failed deliveries handled in one run.</summary>
    public const int MaxFailures = 10000;

    /// <summary>The failed deliveries, optionally of one session and/or one sink, oldest first.</summary>
    public async Task<IReadOnlyList<DeliveryRecord>> ListAsync(string? sessionId, string? sink, CancellationToken cancellationToken) =>
        await ledger.ListFailedAsync(MaxFailures, cancellationToken, sessionId, sink).ConfigureAwait(false);

    /// <summary>Re-delivers one session's failed deliveries; one outcome per delivery.</summary>
    public async Task<IReadOnlyList<RedeliveryOutcome>> RedeliverAsync(string sessionId, IReadOnlyCollection<string> sinks, CancellationToken cancellationToken)
    {
        var unknown = sinks.Where(s => !dispatcher.SinkNames.Contains(s, StringComparer.Ordinal)).ToList();
        var known = sinks.Except(unknown, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var outcomes = unknown.Select(s => new RedeliveryOutcome(sessionId, s, false, "sink not registered in this configuration")).ToList();
        if (known.Count == 0)
        {
            return outcomes;
        }

        var (session, report, problem) = await LoadAsync(sessionId, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return [.. outcomes, .. known.Select(s => new RedeliveryOutcome(sessionId, s, false, problem))];
        }

        var records = await dispatcher.DeliverAsync(session!, report!, cancellationToken, known).ConfigureAwait(false);
        foreach (var sink in known)
        {
            var record = records.FirstOrDefault(r => r.Sink == sink);
            outcomes.Add(record is { Status: DeliveryStatus.Delivered }
                ? new RedeliveryOutcome(sessionId, sink, true, null)
                : new RedeliveryOutcome(sessionId, sink, false, record?.LastError ?? "no delivery recorded"));
        }

        return outcomes;
    }

    private async Task<(SessionPayload? Session, Pipeline.SessionReport? Report, string? Problem)> LoadAsync(string sessionId, CancellationToken cancellationToken)
    {
        var body = await store.GetPayloadAsync(sessionId, cancellationToken).ConfigureAwait(false);
        var record = await store.GetAsync(sessionId, cancellationToken).ConfigureAwait(false);
        if (body is null || record is null)
        {
            return (null, null, "session not found in the session store");
        }

        if (record.ReportJson is not { } reportJson)
        {
            return (null, null, $"no stored report (session is {record.State.ToString().ToLowerInvariant()})");
        }

        try
        {
            return (PayloadParser.Deserialize(body), reports.Read(reportJson), null);
        }
        catch (JsonException ex)
        {
            return (null, null, "stored payload or report unreadable: " + ex.Message);
        }
    }
}
