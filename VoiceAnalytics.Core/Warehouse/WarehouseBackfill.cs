using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Core.Warehouse;

/// <summary>
/// Copies the embedded warehouse into another adapter (the Cosmos one's bulk writer) a page of sessions at a time:
/// memory stays one page whatever the warehouse's size, each page is handed over whole, and the writes are the
/// adapters' idempotent upserts, so a backfill stopped half-way is simply run again.
/// </summary>
public sealed class WarehouseBackfill(SqliteWarehouseExport source)
{
    /// <param name="target">Writes one page (e.g. <c>CosmosWarehouseBackfill.BackfillAsync</c>).</param>
    /// <param name="progress">Told the sessions copied so far after each page.</param>
    /// <returns>The sessions copied.</returns>
    public async Task<int> RunAsync(
        Func<IReadOnlyList<WarehouseRecord>, CancellationToken, Task> target, int pageSize, Action<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var copied = 0;
        string? after = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await source.ReadPageAsync(after, pageSize, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                return copied;
            }

            await target(page, cancellationToken).ConfigureAwait(false);
            copied += page.Count;
            after = page[^1].Session.SessionId;
            progress?.Invoke(copied);
        }
    }
}
