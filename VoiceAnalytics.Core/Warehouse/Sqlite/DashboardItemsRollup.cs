using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse.Lists;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>
/// Keeps the ranked lists' rollup (<see cref="DashboardItemsSchema"/>) in step with the sessions, inside the caller's
/// transaction: a write replaces the session's contribution (its old rows are subtracted first, so re-analysis after
/// an analyzer bump counts once), an erasure removes it. A handful of multi-row statements per session.
/// </summary>
internal static class DashboardItemsRollup
{
    private const string Key = "kind, hour, item, sub, tier, sentiment, industry, agent_version";
    private const string Figures = "count, positive, zero, value_sum, value_count";

    /// <summary>Replaces the session's entries with those of <paramref name="record"/>.</summary>
    public static Task ReplaceAsync(SqliteConnection connection, SqliteTransaction transaction, WarehouseRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var session = record.Session;
        var start = WarehouseTime.Format(session.StartTime);
        var rows = DashboardItemExtractor.Extract(DashboardItemSource.Of(record))
            .Select(i => new Row(
                i.Kind, start[..13], i.Item, i.Sub, session.QualificationTier ?? "", session.Sentiment ?? "", session.Industry ?? "", session.AgentVersion ?? "",
                i.Count, i.Positive, i.Zero, i.ValueSum, i.ValueCount, i.Quote))
            .ToList();
        return ReplaceAsync(connection, transaction, session.SessionId, start, rows, cancellationToken);
    }

    /// <summary>Removes the session's entries (erasure).</summary>
    public static async Task<int> RemoveAsync(SqliteConnection connection, SqliteTransaction transaction, string sessionId, CancellationToken cancellationToken)
    {
        var old = await ReadAsync(connection, transaction, sessionId, cancellationToken).ConfigureAwait(false);
        await SubtractAsync(connection, transaction, sessionId, old, cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(transaction, "DELETE FROM dashboard_item_sessions WHERE session_id = $id;", cancellationToken, ("$id", sessionId)).ConfigureAwait(false);
        return old.Count;
    }

    /// <summary>Drops the session's quotes (redaction: they are the caller's words).</summary>
    public static Task ClearQuotesAsync(SqliteConnection connection, SqliteTransaction transaction, string sessionId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(transaction, "UPDATE dashboard_session_items SET quote = NULL WHERE session_id = $id AND quote IS NOT NULL;", cancellationToken, ("$id", sessionId));

    /// <summary>Whether the session's entries are counted already (by a live write or an earlier backfill page).</summary>
    public static async Task<bool> IsCountedAsync(SqliteConnection connection, SqliteTransaction transaction, string sessionId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, "SELECT 1 FROM dashboard_item_sessions WHERE session_id = $id;", ("$id", sessionId));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    private static async Task ReplaceAsync(
        SqliteConnection connection, SqliteTransaction transaction, string sessionId, string start, List<Row> rows, CancellationToken cancellationToken)
    {
        var old = await ReadAsync(connection, transaction, sessionId, cancellationToken).ConfigureAwait(false);
        // A redelivery of the same analysis changes nothing: skip the writes.
        if (old.Count == rows.Count && old.OrderBy(r => r.Order, StringComparer.Ordinal).SequenceEqual(rows.OrderBy(r => r.Order, StringComparer.Ordinal)))
        {
            await MarkAsync(connection, transaction, sessionId, cancellationToken).ConfigureAwait(false);
            return;
        }

        await SubtractAsync(connection, transaction, sessionId, old, cancellationToken).ConfigureAwait(false);
        if (rows.Count > 0)
        {
            await ExecuteRowsAsync(
                connection, transaction,
                $"INSERT INTO dashboard_session_items (session_id, start_time, {Key}, {Figures}, quote) VALUES ",
                ";",
                rows,
                r => [sessionId, start, .. KeyOf(r), .. FiguresOf(r, 1), r.Quote],
                cancellationToken).ConfigureAwait(false);
            await AddAsync(connection, transaction, rows, 1, cancellationToken).ConfigureAwait(false);
        }

        await MarkAsync(connection, transaction, sessionId, cancellationToken).ConfigureAwait(false);
    }

    private static Task MarkAsync(SqliteConnection connection, SqliteTransaction transaction, string sessionId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(transaction, "INSERT OR IGNORE INTO dashboard_item_sessions (session_id) VALUES ($id);", cancellationToken, ("$id", sessionId));

    /// <summary>Takes the session's old rows out of the rollup (dropping hours left with no session) and deletes them.</summary>
    private static async Task SubtractAsync(SqliteConnection connection, SqliteTransaction transaction, string sessionId, List<Row> old, CancellationToken cancellationToken)
    {
        if (old.Count == 0)
        {
            return;
        }

        await AddAsync(connection, transaction, old, -1, cancellationToken).ConfigureAwait(false);
        foreach (var level in Levels)
        {
            await ExecuteRowsAsync(
                connection, transaction,
                $"DELETE FROM {level.Table} WHERE sessions <= 0 AND ({level.Key}) IN (VALUES ",
                ");",
                old,
                level.KeyOf,
                cancellationToken).ConfigureAwait(false);
        }

        await connection.ExecuteAsync(transaction, "DELETE FROM dashboard_session_items WHERE session_id = $id;", cancellationToken, ("$id", sessionId)).ConfigureAwait(false);
    }

    /// <summary>Adds (<paramref name="sign"/> 1) or subtracts (-1) the rows' figures to their hours and their days.</summary>
    private static async Task AddAsync(SqliteConnection connection, SqliteTransaction transaction, List<Row> rows, int sign, CancellationToken cancellationToken)
    {
        foreach (var level in Levels)
        {
            await ExecuteRowsAsync(
                connection, transaction,
                $"INSERT INTO {level.Table} ({level.Key}, sessions, {Figures}) VALUES ",
                $"""
                 ON CONFLICT ({level.Key}) DO UPDATE SET sessions = sessions + excluded.sessions, count = count + excluded.count,
                    positive = positive + excluded.positive, zero = zero + excluded.zero, value_sum = value_sum + excluded.value_sum,
                    value_count = value_count + excluded.value_count;
                """,
                rows,
                r => [.. level.KeyOf(r), sign, .. FiguresOf(r, sign)],
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The two rollup tables a session's rows count in: by UTC hour, and by UTC day (the hour key's first ten characters).</summary>
    private static readonly Level[] Levels =
    [
        new("dashboard_item_hours", Key, KeyOf),
        new("dashboard_item_days", "kind, day, item, sub, tier, sentiment, industry, agent_version",
            r => [r.Kind, r.Hour[..10], r.Item, r.Sub, r.Tier, r.Sentiment, r.Industry, r.AgentVersion]),
    ];

    private sealed record Level(string Table, string Key, Func<Row, object?[]> KeyOf);

    private static object?[] KeyOf(Row r) => [r.Kind, r.Hour, r.Item, r.Sub, r.Tier, r.Sentiment, r.Industry, r.AgentVersion];

    private static object?[] FiguresOf(Row r, int sign) => [sign * r.Count, sign * r.Positive, sign * r.Zero, sign * r.ValueSum, sign * r.ValueCount];

    /// <summary>One statement for all rows: <c>prefix (v, ...), (v, ...) suffix</c>, every value a parameter.</summary>
    private static async Task ExecuteRowsAsync(
        SqliteConnection connection, SqliteTransaction transaction, string prefix, string suffix, List<Row> rows, Func<Row, object?[]> values, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder(prefix);
        var parameters = new List<(string, object?)>();
        for (var i = 0; i < rows.Count; i++)
        {
            sql.Append(i == 0 ? "(" : ", (");
            var row = values(rows[i]);
            for (var j = 0; j < row.Length; j++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"$p{parameters.Count}");
                sql.Append(j == 0 ? name : ", " + name);
                parameters.Add((name, row[j]));
            }

            sql.Append(')');
        }

        sql.Append(suffix);
        await connection.ExecuteAsync(transaction, sql.ToString(), cancellationToken, [.. parameters]).ConfigureAwait(false);
    }

    private static async Task<List<Row>> ReadAsync(SqliteConnection connection, SqliteTransaction transaction, string sessionId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            transaction, $"SELECT {Key}, {Figures}, quote FROM dashboard_session_items WHERE session_id = $id;", ("$id", sessionId));
        var rows = new List<Row>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new Row(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.GetString(6), reader.GetString(7), reader.GetInt32(8), reader.GetInt32(9), reader.GetInt32(10), reader.GetInt64(11),
                reader.GetInt32(12), reader.IsDBNull(13) ? null : reader.GetString(13)));
        }

        return rows;
    }

    private sealed record Row(
        string Kind, string Hour, string Item, string Sub, string Tier, string Sentiment, string Industry, string AgentVersion,
        int Count, int Positive, int Zero, long ValueSum, int ValueCount, string? Quote)
    {
        public string Order => string.Join('\u001f', Kind, Item, Sub);
    }
}
