using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Sinks;

/// <summary>
/// The delivery ledger, the outbox (what unconfigured sinks would have sent) and the Salesforce record ids each
/// delivered session was written to (<see cref="Salesforce.SqliteSalesforceRecordLog"/>).
/// </summary>
internal sealed class DeliveryTablesSchema : ISqliteSchema, ISqliteColumnAdditions
{
    // How outbox.payload is stored (OutboxPayloadCodec): rows of a file from before compression are text, codec 0.
    public IReadOnlyList<(string Table, string Column, string Definition, string? Backfill)> AddedColumns { get; } =
    [
        ("outbox", "codec", "INTEGER NOT NULL DEFAULT 0", null),
    ];

    // GET /api/outbox?session_id= and the erasure's walk of the shared entries (session_id IS NULL) read a range of
    // this index in id order (the rowid ends every index entry); ?sink= reads idx_outbox_sink the same way.
    public string DependentDdl => """
        CREATE INDEX IF NOT EXISTS idx_outbox_session ON outbox (session_id);
        CREATE INDEX IF NOT EXISTS idx_outbox_sink ON outbox (sink);
        """;

    public string Ddl => """
        CREATE TABLE IF NOT EXISTS salesforce_records (
            session_id  TEXT PRIMARY KEY,
            person_type TEXT,
            person_id   TEXT,
            call_id     TEXT,
            base_url    TEXT,
            written_at  TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS deliveries (
            session_id TEXT NOT NULL,
            sink       TEXT NOT NULL,
            status     TEXT NOT NULL,
            attempts   INTEGER NOT NULL,
            last_error TEXT,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (session_id, sink)
        );
        CREATE INDEX IF NOT EXISTS idx_deliveries_status ON deliveries (status, updated_at);
        CREATE TABLE IF NOT EXISTS outbox (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            sink        TEXT NOT NULL,
            destination TEXT NOT NULL,
            message_key TEXT NOT NULL,
            session_id  TEXT,
            payload     TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            UNIQUE (sink, message_key)
        );
        CREATE INDEX IF NOT EXISTS idx_outbox_created ON outbox (created_at);
        """;
}
