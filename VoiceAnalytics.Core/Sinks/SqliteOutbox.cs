using System.Globalization;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Sinks;

/// <summary>
/// The outbox in the embedded database. Payloads are stored compressed (<see cref="OutboxPayloadCodec"/>). Each
/// combination of filters has its own statement, so every one of them reads an index range in id order and stops at
/// the limit: a <c>($x IS NULL OR col = $x)</c> filter would read every row whatever was asked.
/// </summary>
public sealed class SqliteOutbox(SqliteDatabase database, TimeProvider time) : IOutbox
{
    private const string Columns = "SELECT id, sink, destination, message_key, session_id, payload, codec, created_at FROM outbox";

    // The newest rows by id (the rowid): a walk of the table's b-tree from its end that stops after $max rows.
    internal const string ListSql = Columns + " ORDER BY id DESC LIMIT $max;";
    internal const string ListBySinkSql = Columns + " WHERE sink = $sink ORDER BY id DESC LIMIT $max;";
    internal const string ListBySessionSql = Columns + " WHERE session_id = $session ORDER BY id DESC LIMIT $max;";
    // The unary + keeps the planner off idx_outbox_sink, which it prefers without statistics: a session has a
    // handful of rows, a sink one per session (https://www.sqlite.org/optoverview.html#disqualifying_where_clause_terms_using_unary_).
    internal const string ListBySinkAndSessionSql = Columns + " WHERE session_id = $session AND +sink = $sink ORDER BY id DESC LIMIT $max;";

    internal const string WriteSql = """
        INSERT INTO outbox (sink, destination, message_key, session_id, payload, codec, created_at) VALUES ($sink, $destination, $key, $session, $payload, $codec, $at)
        ON CONFLICT (sink, message_key) DO UPDATE SET destination = excluded.destination, payload = excluded.payload, codec = excluded.codec;
        """;

    /// <summary>Joins the session's <see cref="SqliteWriteBatch"/> when one is open (it commits with the delivery's ledger record).</summary>
    public Task WriteAsync(string sink, string destination, string messageKey, string? sessionId, string payload, CancellationToken cancellationToken)
    {
        var (bytes, codec) = OutboxPayloadCodec.Encode(payload);
        var at = time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        return database.WriteAsync(
            (connection, transaction, ct) => connection.ExecuteAsync(
                transaction,
                WriteSql,
                ct,
                ("$sink", sink), ("$destination", destination), ("$key", messageKey), ("$session", sessionId), ("$payload", bytes), ("$codec", codec), ("$at", at)),
            cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(string? sink, string? sessionId, int max, CancellationToken cancellationToken)
    {
        var sql = (sink, sessionId) switch
        {
            (null, null) => ListSql,
            (_, null) => ListBySinkSql,
            (null, _) => ListBySessionSql,
            _ => ListBySinkAndSessionSql,
        };
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(sql, ("$sink", sink), ("$session", sessionId), ("$max", max));
        var entries = new List<OutboxEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new OutboxEntry(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), OutboxPayloadCodec.Decode(reader.GetValue(5), reader.GetInt64(6)),
                DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture)));
        }

        return entries;
    }
}
