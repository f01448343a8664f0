using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Sinks;

namespace VoiceAnalytics.Bench.Scale;

/// <summary>The ledger rows and outbox messages of a session, as the real sinks wrote them for its template call.</summary>
internal sealed class DeliveryRows : IDisposable
{
    private readonly SqliteCommand _delivery;
    private readonly SqliteCommand _outbox;

    public DeliveryRows(SqliteConnection connection)
    {
        _delivery = SessionStoreRows.Prepare(connection, """
            INSERT INTO deliveries (session_id, sink, status, attempts, last_error, updated_at) VALUES ($1, $2, $3, 1, NULL, $4);
            """, 4);
        _outbox = SessionStoreRows.Prepare(connection, """
            INSERT INTO outbox (sink, destination, message_key, session_id, payload, codec, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7);
            """, 7);
    }

    public IEnumerable<SqliteCommand> Commands => [_delivery, _outbox];

    /// <summary>Compressed through the outbox's own codec, so the rows are what <see cref="SqliteOutbox"/> writes.</summary>
    public void Write(StoredSessionTemplate template, string id, string at)
    {
        foreach (var (sink, status) in template.Deliveries)
        {
            Rows.Run(_delivery, id, sink, status, at);
        }

        foreach (var (sink, destination, key, payload) in template.Outbox)
        {
            var (bytes, codec) = OutboxPayloadCodec.Encode(template.TextFor(payload, id));
            Rows.Run(_outbox, sink, destination, template.TextFor(key, id), id, bytes, codec, at);
        }
    }

    public void Dispose()
    {
        _delivery.Dispose();
        _outbox.Dispose();
    }
}
