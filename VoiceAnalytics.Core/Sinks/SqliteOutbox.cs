using System.Globalization;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Sinks;

public sealed class SqliteOutbox(SqliteDatabase database, TimeProvider time) : IOutbox
{
    /// <summary>Joins the session's <see cref="SqliteWriteBatch"/> when one is open (it commits with the delivery's ledger record).</summary>
    public Task WriteAsync(string sink, string destination, string messageKey, string? sessionId, string payload, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        return database.WriteAsync(
            (connection, transaction, ct) => connection.ExecuteAsync(
                transaction,
                """
                INSERT INTO outbox (sink, destination, message_key, session_id, payload, created_at) VALUES ($sink, $destination, $key, $session, $payload, $at)
                ON CONFLICT (sink, message_key) DO UPDATE SET destination = excluded.destination, payload = excluded.payload;
                """,
                ct,
                ("$sink", sink), ("$destination", destination), ("$key", messageKey), ("$session", sessionId), ("$payload", payload), ("$at", at)),
            cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(string? sink, string? sessionId, int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, sink, destination, message_key, session_id, payload, created_at FROM outbox
             WHERE ($sink IS NULL OR sink = $sink) AND ($session IS NULL OR session_id = $session)
             ORDER BY id DESC LIMIT $max;
            """;
        command.Parameters.AddWithValue("$sink", (object?)sink ?? DBNull.Value);
        command.Parameters.AddWithValue("$session", (object?)sessionId ?? DBNull.Value);
        command.Parameters.AddWithValue("$max", max);
        var entries = new List<OutboxEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new OutboxEntry(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5),
                DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture)));
        }

        return entries;
    }
}
