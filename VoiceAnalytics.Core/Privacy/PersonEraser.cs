using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Warehouse;

namespace VoiceAnalytics.Core.Privacy;

/// <summary>
/// Erases one person from every store within one call (spec 8.2 "deleted accounts"): their sessions are found by the
/// keyed email hash indexed at intake and by the warehouse's <c>user_email</c>, tombstoned first, then each store
/// drops what it holds through its own port; the receipt counts what went where. The same email again gets a new
/// receipt, with zero counts when nothing was left.
/// </summary>
public sealed class PersonEraser(
    IStoredSessionPrivacy store,
    ISessionStore sessions,
    IWarehousePrivacy warehouse,
    IDeliveryPrivacy deliveries,
    IErasureLog log,
    PersonRedactions redactions,
    IOptions<PrivacyOptions> options,
    TimeProvider time,
    ILogger<PersonEraser> logger)
{
    public async Task<ErasureReceipt> EraseAsync(string email, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var requestedAt = time.GetUtcNow();
        var erasureId = Guid.NewGuid().ToString("N");
        var index = redactions.IndexOf(email);
        var max = options.Value.MaxSessionsPerErasure;
        var redaction = redactions.For(email, name: null);

        var found = (await store.FindByEmailHashAsync(index, max, cancellationToken).ConfigureAwait(false))
            .Union(await warehouse.FindSessionsAsync(email, redaction.EmailHash!, max, cancellationToken).ConfigureAwait(false), StringComparer.Ordinal)
            .Take(max)
            .ToList();
        await log.TombstoneAsync(erasureId, found, requestedAt, cancellationToken).ConfigureAwait(false);
        var name = await FindNameAsync(found, cancellationToken).ConfigureAwait(false);
        var named = redactions.For(email, name);

        var stored = StoredSessionErasure.None;
        foreach (var id in found)
        {
            stored = stored.Add(await store.EraseAsync(id, cancellationToken).ConfigureAwait(false));
        }

        var indexEntries = await store.ForgetIndexAsync(index, cancellationToken).ConfigureAwait(false);
        var rows = await warehouse.EraseAsync(found, email, redaction.EmailHash, cancellationToken).ConfigureAwait(false);
        var sent = await deliveries.EraseAsync(found, new PersonMention(named.Email, named.EmailHash, named.Name, named.Pseudonym), cancellationToken).ConfigureAwait(false);
        await store.CompactAsync(cancellationToken).ConfigureAwait(false);
        await warehouse.CompactAsync(cancellationToken).ConfigureAwait(false);

        var removed = new Dictionary<string, int>
        {
            ["raw_payloads"] = stored.Payloads,
            ["reports"] = stored.Reports,
            ["checkpoints"] = stored.Checkpoints,
            ["queue_messages"] = stored.QueueMessages,
            ["intake_index"] = stored.IndexEntries + indexEntries,
            ["warehouse_sessions"] = rows.Sessions,
            ["transcripts"] = rows.Transcripts,
            ["transcripts_fts"] = rows.TranscriptIndex,
            ["metrics"] = rows.Metrics,
            ["analysis_results"] = rows.AnalysisResults,
            ["llm_costs"] = rows.LlmCosts,
            ["leads"] = rows.Leads,
            ["alerts_history"] = rows.Alerts,
            ["outbox_entries"] = sent.OutboxEntries,
            ["outbox_rewritten"] = sent.OutboxRewritten,
            ["delivery_ledger"] = sent.LedgerRows,
        };
        var receipt = new ErasureReceipt(erasureId, index, "completed", requestedAt, time.GetUtcNow(), found.Count, found.Count >= max, removed);
        await log.SaveAsync(receipt, cancellationToken).ConfigureAwait(false);
        PrivacyLog.Erased(logger, erasureId, found.Count, removed.Values.Sum());
        return receipt;
    }

    /// <summary>Erases what the pipeline wrote for a tombstoned session after its erasure ran (no person lookup).</summary>
    public async Task SweepAsync(string sessionId, CancellationToken cancellationToken)
    {
        await store.EraseAsync(sessionId, cancellationToken).ConfigureAwait(false);
        await warehouse.EraseAsync([sessionId], null, null, cancellationToken).ConfigureAwait(false);
        await deliveries.EraseAsync([sessionId], new PersonMention(null, null, null, null), cancellationToken).ConfigureAwait(false);
        await store.CompactAsync(cancellationToken).ConfigureAwait(false);
        await warehouse.CompactAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The name the person gave (from a stored payload), so shared outbox entries can be rewritten; null when none is left.</summary>
    private async Task<string?> FindNameAsync(IReadOnlyList<string> found, CancellationToken cancellationToken)
    {
        foreach (var id in found.Take(5))
        {
            if (await sessions.GetPayloadAsync(id, cancellationToken).ConfigureAwait(false) is not { } body)
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.TryGetProperty("user_name", out var name) && name.ValueKind == JsonValueKind.String && name.GetString() is { Length: > 0 } text)
                {
                    return text;
                }
            }
            catch (JsonException)
            {
                // a payload already redacted or not JSON: try the next
            }
        }

        return null;
    }
}
