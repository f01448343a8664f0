namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>
/// <see cref="IWarehouseWriter"/> on Cosmos DB: one upsert per container keyed by session id in the session's day
/// partition (a replay overwrites the same documents; the metrics are one document, so they are replaced as a set),
/// then the lead profile under optimistic concurrency. A failure part-way leaves documents a retry overwrites.
/// </summary>
public sealed class CosmosWarehouseWriter(CosmosStore store, CosmosLeadProfiles leads) : IWarehouseWriter
{
    public async Task WriteAsync(WarehouseRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var session = record.Session;
        var day = CosmosDay.Of(session.StartTime);
        var containers = store.Containers;
        await store.UpsertAsync(containers.Sessions, CosmosDocuments.Session(session), day, cancellationToken).ConfigureAwait(false);
        await store.UpsertAsync(containers.Transcripts, CosmosDocuments.Transcript(record.Transcript, session.StartTime), day, cancellationToken).ConfigureAwait(false);
        await store.UpsertAsync(containers.Metrics, CosmosDocuments.Metrics(session, record.Metrics), day, cancellationToken).ConfigureAwait(false);
        await store.UpsertAsync(containers.AnalysisResults, CosmosDocuments.Analysis(session, record.Analysis, record.LlmCost), day, cancellationToken).ConfigureAwait(false);
        if (record.Lead is { } lead)
        {
            var scored = record.Analysis.Get("lead_score_breakdown") is not null;
            await leads.UpsertAsync(lead, scored, session.CreatedAt, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Writes many records, <paramref name="parallelism"/> at a time. On a client with <c>AllowBulkExecution</c>
    /// (<see cref="CosmosWarehouseBackfill"/>) the SDK groups these concurrent point writes into batches per partition.
    /// </summary>
    public Task BackfillAsync(IEnumerable<WarehouseRecord> records, int parallelism, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Parallel.ForEachAsync(
            records,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken },
            async (record, token) => await WriteAsync(record, token).ConfigureAwait(false));
    }
}
