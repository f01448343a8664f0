using System.Globalization;
using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Sinks;

public sealed class SqliteDeliveryLedger(SqliteDatabase database, TimeProvider time) : IDeliveryLedger
{
    internal const string GetSql = "SELECT * FROM deliveries WHERE session_id = $id ORDER BY sink;";

    // The failed rows, oldest first: by session, a range of the primary key (the unary + keeps the planner off the
    // status index, which it would otherwise walk through every failure); otherwise a range of
    // idx_deliveries_status (status, updated_at) that starts at $since when given. Filters are added only when
    // given, as a ($x IS NULL OR col = $x) term is served by no index.
    internal const string ListFailedSql = "SELECT * FROM deliveries WHERE status = 'failed' ORDER BY updated_at LIMIT $max;";
    internal const string ListFailedSinceSql = "SELECT * FROM deliveries WHERE status = 'failed' AND updated_at >= $since ORDER BY updated_at LIMIT $max;";
    internal const string ListFailedBySinkSql = "SELECT * FROM deliveries WHERE status = 'failed' AND sink = $sink ORDER BY updated_at LIMIT $max;";
    internal const string ListFailedBySinkSinceSql = "SELECT * FROM deliveries WHERE status = 'failed' AND sink = $sink AND updated_at >= $since ORDER BY updated_at LIMIT $max;";
    internal const string ListFailedBySessionSql = """
        SELECT * FROM deliveries
         WHERE session_id = $id AND +status = 'failed' AND ($sink IS NULL OR sink = $sink) AND ($since IS NULL OR updated_at >= $since)
         ORDER BY updated_at LIMIT $max;
        """;

    public async Task<IReadOnlyList<DeliveryRecord>> GetAsync(string sessionId, CancellationToken cancellationToken) =>
        await QueryAsync(GetSql, [("$id", sessionId)], cancellationToken).ConfigureAwait(false);

    public async Task<DeliveryRecord> RecordAsync(string sessionId, string sink, DeliveryStatus status, string? error, CancellationToken cancellationToken)
    {
        var (name, at) = (status.ToString().ToLowerInvariant(), time.GetUtcNow());
        (string, object?)[] parameters = [("$id", sessionId), ("$sink", sink), ("$status", name), ("$error", error), ("$at", Format(at))];
        if (database.IsBatched())
        {
            // Committed with the rest of the session: the record is what the upsert will make of the row read now.
            var previous = await QueryAsync("SELECT * FROM deliveries WHERE session_id = $id AND sink = $sink;", [("$id", sessionId), ("$sink", sink)], cancellationToken).ConfigureAwait(false);
            await database.WriteAsync((connection, transaction, ct) => connection.ExecuteAsync(transaction, UpsertSql + ";", ct, parameters), cancellationToken).ConfigureAwait(false);
            return new DeliveryRecord(sessionId, sink, status, (previous.Count > 0 ? previous[0].Attempts : 0) + 1, error, at);
        }

        var rows = await QueryAsync(UpsertSql + " RETURNING *;", parameters, cancellationToken).ConfigureAwait(false);
        return rows[0];
    }

    private const string UpsertSql = """
        INSERT INTO deliveries (session_id, sink, status, attempts, last_error, updated_at) VALUES ($id, $sink, $status, 1, $error, $at)
        ON CONFLICT (session_id, sink) DO UPDATE SET status = excluded.status, attempts = deliveries.attempts + 1,
            last_error = excluded.last_error, updated_at = excluded.updated_at
        """;

    public async Task<IReadOnlyList<DeliveryRecord>> ListFailedAsync(int max, CancellationToken cancellationToken, string? sessionId = null, string? sink = null, DateTimeOffset? since = null)
    {
        // A session has a row per sink: its remaining filters are cheap in any form.
        var sql = (sessionId, sink, since) switch
        {
            ({ }, _, _) => ListFailedBySessionSql,
            (null, null, null) => ListFailedSql,
            (null, null, { }) => ListFailedSinceSql,
            (null, { }, null) => ListFailedBySinkSql,
            (null, { }, { }) => ListFailedBySinkSinceSql,
        };
        return await QueryAsync(
            sql,
            [("$max", max), ("$id", sessionId), ("$sink", sink), ("$since", since is { } from ? Format(from) : null)],
            cancellationToken).ConfigureAwait(false);
    }

    // Round-trip UTC text, so text order is time order in the updated_at column.
    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private async Task<List<DeliveryRecord>> QueryAsync(string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(sql, parameters);

        var records = new List<DeliveryRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add(Read(reader));
        }

        return records;
    }

    private static DeliveryRecord Read(SqliteDataReader reader) => new(
        reader.GetString(reader.GetOrdinal("session_id")),
        reader.GetString(reader.GetOrdinal("sink")),
        Enum.Parse<DeliveryStatus>(reader.GetString(reader.GetOrdinal("status")), ignoreCase: true),
        reader.GetInt32(reader.GetOrdinal("attempts")),
        reader.IsDBNull(reader.GetOrdinal("last_error")) ? null : reader.GetString(reader.GetOrdinal("last_error")),
        DateTimeOffset.Parse(reader.GetString(reader.GetOrdinal("updated_at")), CultureInfo.InvariantCulture));
}
