using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Privacy;

/// <summary>Erasure receipts and tombstones (session ids only: nothing personal).</summary>
internal sealed class PrivacyTablesSchema : ISqliteSchema
{
    public string Ddl => """
        CREATE TABLE IF NOT EXISTS erasures (
            erasure_id   TEXT PRIMARY KEY,
            email_hash   TEXT NOT NULL,
            requested_at TEXT NOT NULL,
            receipt_json TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS erased_sessions (
            session_id TEXT PRIMARY KEY,
            erasure_id TEXT NOT NULL,
            erased_at  TEXT NOT NULL
        );
        """;
}
