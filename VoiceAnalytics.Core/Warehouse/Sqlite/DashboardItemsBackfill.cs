using Microsoft.Extensions.Logging;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse.Dashboard;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>
/// Builds the ranked lists' rollup for sessions written before it existed, once, in the background after start: a
/// page of sessions (in session-id order, <see cref="SqliteWarehouseExport"/>) per transaction, with its progress
/// saved in the same transaction, so a kill resumes after the last page done. Sessions a live write has counted
/// already are skipped, so a page read just before a rewrite cannot put back its older figures. Started by
/// <see cref="DashboardItemsBackfillService"/>.
/// </summary>
/// <param name="progress">Where the build reports its counts for the dashboard; null reports nowhere.</param>
public sealed partial class DashboardItemsBackfill(
    SqliteDatabase database, SqliteWarehouseExport export, TimeProvider time, ILogger<DashboardItemsBackfill> logger, DashboardRollupProgress? progress = null)
{
    internal const int PageSize = 500;

    /// <summary>Runs to the end (or returns at once when done before); the sessions it counted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var (after, done) = await StateAsync(cancellationToken).ConfigureAwait(false);
        if (done)
        {
            return 0;
        }

        var read = 0;
        var counted = 0;
        var total = progress is null ? 0 : await LeftAsync(after, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var page = await export.ReadPageAsync(after, PageSize, cancellationToken).ConfigureAwait(false);
            var last = page.Count == 0 ? after : page[^1].Session.SessionId;
            var finishedAt = page.Count == 0 ? WarehouseTime.Format(time.GetUtcNow()) : null;
            await database.WriteAsync(
                async (connection, transaction, ct) =>
                {
                    foreach (var record in page)
                    {
                        if (!await DashboardItemsRollup.IsCountedAsync(connection, transaction, record.Session.SessionId, ct).ConfigureAwait(false))
                        {
                            await DashboardItemsRollup.ReplaceAsync(connection, transaction, record, ct).ConfigureAwait(false);
                            counted++;
                        }
                    }

                    await connection.ExecuteAsync(
                        transaction,
                        """
                        INSERT INTO dashboard_items_backfill (id, after_session_id, done_at) VALUES (1, $after, $done)
                        ON CONFLICT (id) DO UPDATE SET after_session_id = excluded.after_session_id, done_at = excluded.done_at;
                        """,
                        ct,
                        ("$after", last), ("$done", finishedAt)).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                progress?.Finish(DashboardRollupProgress.Lists, read, total);
                // A new or already counted file finishes without a word: the local host's start stays quiet.
                if (read > 0)
                {
                    Finished(logger, read, counted);
                }

                return counted;
            }

            if (read == 0)
            {
                Started(logger, after);
            }

            read += page.Count;
            after = last;
            Progress(logger, read, counted);
            progress?.Report(DashboardRollupProgress.Lists, read, Math.Max(total, read));
        }
    }

    /// <summary>The sessions after <paramref name="after"/> (a range of the primary key), counted once when the build starts.</summary>
    private async Task<long> LeftAsync(string? after, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT COUNT(*) FROM sessions WHERE session_id > $after;", ("$after", after ?? ""));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<(string? After, bool Done)> StateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT after_session_id, done_at FROM dashboard_items_backfill WHERE id = 1;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? (reader.IsDBNull(0) ? null : reader.GetString(0), !reader.IsDBNull(1))
            : (null, false);
    }

    [LoggerMessage(9720, LogLevel.Information, "Building the dashboard list rollup for stored sessions (after session {After}); this runs once")]
    private static partial void Started(ILogger logger, string? after);

    [LoggerMessage(9721, LogLevel.Information, "Dashboard list rollup: {Read} sessions read, {Counted} counted")]
    private static partial void Progress(ILogger logger, int read, int counted);

    [LoggerMessage(9722, LogLevel.Information, "Dashboard list rollup built: {Read} sessions read, {Counted} counted")]
    private static partial void Finished(ILogger logger, int read, int counted);
}
