using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Privacy;
using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>
/// <see cref="IWarehousePrivacy"/> on the Cosmos containers, with the SQLite adapter's semantics. A person's sessions
/// come from their lead documents (partition = email, and the hashed email's lead), which list each call with its day,
/// so erasure is point reads and point deletes by id and day partition. Retention scans day partitions oldest first,
/// at most <see cref="CosmosWarehouseOptions.RetentionScanDays"/> of them, each query <c>TOP max</c>. Cosmos has no
/// transaction across containers: each step is ordered so a run stopped part-way is finished by the next run.
/// </summary>
public sealed class CosmosWarehousePrivacy(CosmosStore store, IOptions<CosmosWarehouseOptions> options) : IWarehousePrivacy
{
    internal const string SessionByIdSql = "SELECT * FROM c WHERE c.id = @id";
    internal const string AlertsOfSessionSql = "SELECT * FROM c WHERE c.session_id = @id";

    private CosmosContainers Containers => store.Containers;

    public async Task<IReadOnlyList<string>> FindSessionsAsync(string email, string emailHash, int max, CancellationToken cancellationToken) =>
        (await LeadCallsAsync(email, emailHash, cancellationToken).ConfigureAwait(false))
            .Select(c => c.SessionId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(max).ToList();

    public async Task<WarehouseErasure> EraseAsync(IReadOnlyList<string> sessionIds, string? email, string? emailHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sessionIds);
        var days = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var call in await LeadCallsAsync(email, emailHash, cancellationToken).ConfigureAwait(false))
        {
            days.TryAdd(call.SessionId, call.Day);
        }

        var total = WarehouseErasure.None;
        foreach (var id in sessionIds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            total = Add(total, await EraseSessionAsync(id, days.GetValueOrDefault(id), cancellationToken).ConfigureAwait(false));
        }

        // The leads go last: until then a stopped erasure can still find the sessions through them.
        var leads = 0;
        foreach (var key in LeadKeys(email, emailHash))
        {
            leads += await store.DeleteAsync(Containers.Leads, LeadDocument.Id, key, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        return total with { Leads = total.Leads + leads };
    }

    /// <summary>
    /// One session's documents (the metrics figure is its turns and the LLM cost the analysis document's, as SQLite
    /// counts rows), its alerts and session claims, and the lead whose latest call it is. The session document goes
    /// last, so a stopped erasure still finds the rest through it.
    /// </summary>
    private async Task<WarehouseErasure> EraseSessionAsync(string id, string? knownDay, CancellationToken cancellationToken)
    {
        var session = knownDay is not null
            ? (await store.ReadAsync(Containers.Sessions, id, knownDay, cancellationToken).ConfigureAwait(false))?.Document
            : await FindSessionAsync(id, cancellationToken).ConfigureAwait(false);
        var alerts = await EraseAlertsAsync(id, cancellationToken).ConfigureAwait(false);
        if ((knownDay ?? session?["day"]?.GetValue<string>()) is not { } day)
        {
            return WarehouseErasure.None with { Alerts = alerts };
        }

        var transcripts = await store.DeleteAsync(Containers.Transcripts, id, day, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        var metrics = (await store.ReadAsync(Containers.Metrics, id, day, cancellationToken).ConfigureAwait(false))?.Document["turns"] is JsonArray turns ? turns.Count : 0;
        await store.DeleteAsync(Containers.Metrics, id, day, cancellationToken).ConfigureAwait(false);
        var analysis = await store.ReadAsync(Containers.AnalysisResults, id, day, cancellationToken).ConfigureAwait(false);
        var llmCosts = analysis?.Document["llm_cost"] is JsonObject ? 1 : 0;
        var analysisResults = await store.DeleteAsync(Containers.AnalysisResults, id, day, cancellationToken).ConfigureAwait(false) ? 1 : 0;

        var leads = 0;
        if (LeadEmail.Normalize(session?["user_email"]?.GetValue<string>()) is { } key
            && await store.ReadAsync(Containers.Leads, LeadDocument.Id, key, cancellationToken).ConfigureAwait(false) is { } lead
            && CosmosJson.Read<LeadDocument>(lead.Document).LatestSessionId == id)
        {
            leads = await store.DeleteAsync(Containers.Leads, LeadDocument.Id, key, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        var sessions = await store.DeleteAsync(Containers.Sessions, id, day, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        return new WarehouseErasure(sessions, transcripts, 0, metrics, analysisResults, llmCosts, leads, alerts);
    }

    /// <summary>The session's alerts (across partitions on the indexed <c>session_id</c>) and its "once" claims, which hold only a hash of the id.</summary>
    private async Task<int> EraseAlertsAsync(string sessionId, CancellationToken cancellationToken)
    {
        var alerts = await store.QueryAsync<AlertDocument>(
            Containers.AlertsHistory, new QueryDefinition(AlertsOfSessionSql).WithParameter("@id", sessionId), null, cancellationToken).ConfigureAwait(false);
        var deleted = 0;
        foreach (var alert in alerts)
        {
            deleted += await store.DeleteAsync(Containers.AlertsHistory, alert.Id, alert.AlertName, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        foreach (var name in alerts.Select(a => a.AlertName).Distinct(StringComparer.Ordinal))
        {
            await store.DeleteAsync(Containers.AlertsHistory, CosmosAlertHistory.SessionClaim(sessionId), name, cancellationToken).ConfigureAwait(false);
        }

        return deleted;
    }

    public async Task<IReadOnlyList<RedactionCandidate>> ListToRedactAsync(DateTimeOffset endedBefore, string retainedTier, int max, CancellationToken cancellationToken)
    {
        var candidates = new List<RedactionCandidate>();
        foreach (var day in ScanDays(endedBefore))
        {
            if (candidates.Count >= max)
            {
                break;
            }

            // A tier of null is not the retained tier (SQLite's IS NOT); Cosmos compares null with a string as undefined, hence IS_NULL.
            // An unredacted session has no redacted_at field. Both functions use the range index
            // (learn.microsoft.com/cosmos-db/query/is-defined, learn.microsoft.com/cosmos-db/query/is-null).
            var query = new QueryDefinition(
                    $"SELECT TOP {(max - candidates.Count).ToString(CultureInfo.InvariantCulture)} * FROM c WHERE c.ended_at < @before AND NOT IS_DEFINED(c.redacted_at)"
                    + " AND (IS_NULL(c.qualification_tier) OR c.qualification_tier <> @keep) ORDER BY c.ended_at ASC")
                .WithParameter("@before", WarehouseTime.Format(endedBefore)).WithParameter("@keep", retainedTier);
            var rows = await store.QueryAsync<SessionDocument>(Containers.Sessions, query, day, cancellationToken).ConfigureAwait(false);
            candidates.AddRange(rows.Select(r => new RedactionCandidate(r.SessionId, r.UserEmail, r.UserName)));
        }

        return candidates;
    }

    /// <summary>
    /// Transcript and analysis first, then the lead, and the session document (its <c>redacted_at</c>) last: a run
    /// stopped in between leaves the session unredacted, listed again, and redacting twice gives the same documents.
    /// </summary>
    public async Task<bool> RedactAsync(string sessionId, PersonRedaction redaction, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(redaction);
        if (await FindSessionAsync(sessionId, cancellationToken).ConfigureAwait(false) is not { } session)
        {
            return false;
        }

        var day = session["day"]!.GetValue<string>();
        if (await store.ReadAsync(Containers.Transcripts, sessionId, day, cancellationToken).ConfigureAwait(false) is { } transcript)
        {
            var document = transcript.Document;
            document["transcript_json"] = RedactNode(document["transcript_json"], redaction);
            document["transcript_text"] = redaction.MaskText(document["transcript_text"]?.GetValue<string>() ?? "");
            await store.UpsertAsync(Containers.Transcripts, document, day, cancellationToken).ConfigureAwait(false);
        }

        if (await store.ReadAsync(Containers.AnalysisResults, sessionId, day, cancellationToken).ConfigureAwait(false) is { } analysis)
        {
            var document = analysis.Document;
            foreach (var column in AnalysisRow.Columns)
            {
                document[column] = RedactNode(document[column], redaction);
            }

            await store.UpsertAsync(Containers.AnalysisResults, document, day, cancellationToken).ConfigureAwait(false);
        }

        if (redaction.Email is { } email && redaction.EmailHash is { } hash)
        {
            await RekeyLeadAsync(sessionId, email, hash, redaction.Pseudonym, cancellationToken).ConfigureAwait(false);
        }

        if (redaction.EmailHash is { } emailHash)
        {
            session["user_email"] = emailHash;
        }

        if (redaction.Pseudonym is { } pseudonym)
        {
            session["user_name"] = pseudonym;
        }

        session["redacted_at"] = WarehouseTime.Format(now);
        await store.UpsertAsync(Containers.Sessions, session, day, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// The lead stays a lead under its hash once none of its other calls keeps the email (a Tier 1 call keeps it):
    /// one point read per call. A lead already under the hash keeps its calls too, so erasure still finds them.
    /// </summary>
    private async Task RekeyLeadAsync(string sessionId, string email, string hash, string? pseudonym, CancellationToken cancellationToken)
    {
        if (await store.ReadAsync(Containers.Leads, LeadDocument.Id, email, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return;
        }

        var lead = CosmosJson.Read<LeadDocument>(found.Document);
        foreach (var call in lead.Calls.Where(c => c.SessionId != sessionId))
        {
            var other = await store.ReadAsync(Containers.Sessions, call.SessionId, call.Day, cancellationToken).ConfigureAwait(false);
            if (string.Equals(LeadEmail.Normalize(other?.Document["user_email"]?.GetValue<string>()), email, StringComparison.Ordinal))
            {
                return;
            }
        }

        var calls = lead.Calls;
        if (await store.ReadAsync(Containers.Leads, LeadDocument.Id, hash, cancellationToken).ConfigureAwait(false) is { } hashed)
        {
            calls = [.. calls.Concat(CosmosJson.Read<LeadDocument>(hashed.Document).Calls).DistinctBy(c => c.SessionId).OrderBy(c => c.StartTime, StringComparer.Ordinal)];
        }

        var rekeyed = lead with { Email = hash, Name = pseudonym, Location = null, Calls = calls, TotalCalls = calls.Count };
        await store.UpsertAsync(Containers.Leads, CosmosJson.ToObject(rekeyed), hash, cancellationToken).ConfigureAwait(false);
        await store.DeleteAsync(Containers.Leads, LeadDocument.Id, email, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Rolls up whole call documents, oldest day first, until <paramref name="max"/> turns are reached (the last
    /// document may take the count past it). The summary is written before the turns are removed: a run stopped in
    /// between counts those turns again on the next run, which Cosmos cannot make atomic across partitions.
    /// </summary>
    public async Task<int> RollUpMetricsAsync(DateTimeOffset before, int max, CancellationToken cancellationToken)
    {
        var limit = WarehouseTime.Format(before);
        var rolled = 0;
        foreach (var day in ScanDays(before))
        {
            if (rolled >= max)
            {
                break;
            }

            var query = new QueryDefinition(
                    $"SELECT TOP {(max - rolled).ToString(CultureInfo.InvariantCulture)} * FROM c WHERE c.first_turn_at < @before ORDER BY c.first_turn_at ASC")
                .WithParameter("@before", limit);
            foreach (var document in await store.QueryAsync<JsonObject>(Containers.Metrics, query, day, cancellationToken).ConfigureAwait(false))
            {
                if (rolled >= max)
                {
                    break;
                }

                rolled += await RollUpDocumentAsync(document, limit, day, cancellationToken).ConfigureAwait(false);
            }
        }

        return rolled;
    }

    private async Task<int> RollUpDocumentAsync(JsonObject document, string limit, string day, CancellationToken cancellationToken)
    {
        var turns = (document["turns"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var old = turns.Where(t => string.CompareOrdinal(t["timestamp"]?.GetValue<string>(), limit) < 0).ToList();
        foreach (var group in old.GroupBy(t => (Hour: t["timestamp"]!.GetValue<string>()[..13] + ":00:00.000Z", Type: t["metric_type"]?.GetValue<string>() ?? "latency")))
        {
            var batch = MetricsHourlyDocument.Of(group.Key.Hour, group.Key.Type, [.. group]);
            var existing = await store.ReadAsync(Containers.Metrics, batch.Id, batch.Day, cancellationToken).ConfigureAwait(false);
            var merged = existing is null ? batch : CosmosJson.Read<MetricsHourlyDocument>(existing.Value.Document).Merge(batch);
            await store.UpsertAsync(Containers.Metrics, CosmosJson.ToObject(merged), merged.Day, cancellationToken).ConfigureAwait(false);
        }

        var kept = turns.Except(old).ToList();
        var id = document["id"]!.GetValue<string>();
        if (kept.Count == 0)
        {
            await store.DeleteAsync(Containers.Metrics, id, day, cancellationToken).ConfigureAwait(false);
            return old.Count;
        }

        var times = kept.Select(t => t["timestamp"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        document["turns"] = new JsonArray([.. kept.Select(t => t.DeepClone())]);
        document["first_turn_at"] = times[0];
        document["last_turn_at"] = times[^1];
        await store.UpsertAsync(Containers.Metrics, document, day, cancellationToken).ConfigureAwait(false);
        return old.Count;
    }

    /// <summary>Oldest first across partitions on the indexed <c>triggered_at</c>, <c>TOP max</c> (alerts are few; claims and the counter have no <c>triggered_at</c>).</summary>
    public async Task<int> DeleteAlertsAsync(DateTimeOffset before, int max, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition(
                $"SELECT TOP {max.ToString(CultureInfo.InvariantCulture)} * FROM c WHERE c.doc_type = @type AND c.triggered_at < @before ORDER BY c.triggered_at ASC")
            .WithParameter("@type", AlertDocument.Type).WithParameter("@before", WarehouseTime.Format(before));
        var deleted = 0;
        foreach (var alert in await store.QueryAsync<AlertDocument>(Containers.AlertsHistory, query, null, cancellationToken).ConfigureAwait(false))
        {
            deleted += await store.DeleteAsync(Containers.AlertsHistory, alert.Id, alert.AlertName, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        return deleted;
    }

    /// <summary>
    /// Nothing to do: Cosmos has no file the client can reach, no free pages or WAL to truncate. A deleted or replaced
    /// document is gone from reads at once; the service purges it from its storage and, after the account's backup
    /// retention, from its backups.
    /// </summary>
    public Task CompactAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The session document by id across the day partitions (the id alone does not name the day): an indexed lookup.</summary>
    private async Task<JsonObject?> FindSessionAsync(string sessionId, CancellationToken cancellationToken) =>
        (await store.QueryAsync<JsonObject>(Containers.Sessions, new QueryDefinition(SessionByIdSql).WithParameter("@id", sessionId), null, cancellationToken).ConfigureAwait(false))
            .FirstOrDefault();

    private async Task<List<LeadCall>> LeadCallsAsync(string? email, string? emailHash, CancellationToken cancellationToken)
    {
        var calls = new List<LeadCall>();
        foreach (var key in LeadKeys(email, emailHash))
        {
            if (await store.ReadAsync(Containers.Leads, LeadDocument.Id, key, cancellationToken).ConfigureAwait(false) is { } lead)
            {
                calls.AddRange(CosmosJson.Read<LeadDocument>(lead.Document).Calls);
            }
        }

        return calls;
    }

    private static IEnumerable<string> LeadKeys(string? email, string? emailHash) =>
        new[] { LeadEmail.Normalize(email), emailHash }.OfType<string>().Where(k => k.Length > 0).Distinct(StringComparer.Ordinal);

    /// <summary>The day partitions that may hold documents older than <paramref name="before"/>, oldest first, bounded by <see cref="CosmosWarehouseOptions.RetentionScanDays"/>.</summary>
    private IReadOnlyList<string> ScanDays(DateTimeOffset before) => CosmosDay.Covering(before.AddDays(-options.Value.RetentionScanDays), before);

    private static JsonNode? RedactNode(JsonNode? node, PersonRedaction redaction) =>
        node is null ? null : JsonNode.Parse(redaction.RedactJson(node.ToJsonString())!);

    private static WarehouseErasure Add(WarehouseErasure a, WarehouseErasure b) => new(
        a.Sessions + b.Sessions, a.Transcripts + b.Transcripts, a.TranscriptIndex + b.TranscriptIndex, a.Metrics + b.Metrics,
        a.AnalysisResults + b.AnalysisResults, a.LlmCosts + b.LlmCosts, a.Leads + b.Leads, a.Alerts + b.Alerts);
}
