using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// Raw payloads with their status, the session queue (main and poison in one table) and checkpoints. The body sits
/// in its own table, compressed (<see cref="PayloadCodec"/>): a status update rewrites a small row, and a scan of
/// the status table never walks a body's overflow pages. Files from before keep working: <see cref="BodyMove"/>
/// moves their bodies out of <c>ingested_sessions.body</c> at start.
/// </summary>
internal sealed class SessionTablesSchema : ISqliteSchema, ISqliteColumnAdditions, ISqliteMigration
{
    private readonly ILogger _logger;

    public SessionTablesSchema()
        : this(NullLogger<SessionTablesSchema>.Instance)
    {
    }

    public SessionTablesSchema(ILogger<SessionTablesSchema> logger) => _logger = logger;

    // The keyed hash of the payload's user_email (Privacy): an erasure finds a person's sessions by index, not by reading payloads.
    public IReadOnlyList<(string Table, string Column, string Definition, string? Backfill)> AddedColumns { get; } =
    [
        ("ingested_sessions", "email_hash", "TEXT", null),
    ];

    public string DependentDdl => "CREATE INDEX IF NOT EXISTS idx_ingested_email_hash ON ingested_sessions (email_hash) WHERE email_hash IS NOT NULL;";

    public string Ddl => """
        CREATE TABLE IF NOT EXISTS ingested_sessions (
            session_id     TEXT PRIMARY KEY,
            body_sha256    TEXT NOT NULL,
            state          TEXT NOT NULL,
            failure_reason TEXT,
            report_json    TEXT,
            received_at    TEXT NOT NULL,
            updated_at     TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS idx_ingested_received_at ON ingested_sessions (received_at);
        CREATE INDEX IF NOT EXISTS idx_ingested_state_updated_at ON ingested_sessions (state, updated_at);
        CREATE TABLE IF NOT EXISTS ingested_bodies (
            session_id TEXT PRIMARY KEY,
            codec      INTEGER NOT NULL,
            body       BLOB NOT NULL
        );
        CREATE TABLE IF NOT EXISTS queue_messages (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,
            queue_name    TEXT NOT NULL,
            body          TEXT NOT NULL,
            visible_at    INTEGER NOT NULL,
            dequeue_count INTEGER NOT NULL DEFAULT 0,
            receipt       TEXT,
            last_error    TEXT,
            inserted_at   INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS idx_queue_visible ON queue_messages (queue_name, visible_at);
        CREATE TABLE IF NOT EXISTS analyzer_checkpoints (
            session_id   TEXT NOT NULL,
            analyzer     TEXT NOT NULL,
            version      INTEGER NOT NULL,
            result_json  TEXT NOT NULL,
            completed_at TEXT NOT NULL,
            PRIMARY KEY (session_id, analyzer, version)
        );
        """;

    public void Migrate(Microsoft.Data.Sqlite.SqliteConnection connection) => new BodyMove(connection, _logger).Run();
}
