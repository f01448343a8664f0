using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Scheduling;

internal sealed class TimerTablesSchema : ISqliteSchema
{
    public string Ddl => """
        CREATE TABLE IF NOT EXISTS timer_runs (
            timer        TEXT NOT NULL,
            occurrence   TEXT NOT NULL,
            past_due     INTEGER NOT NULL,
            started_at   TEXT NOT NULL,
            completed_at TEXT,
            error        TEXT,
            PRIMARY KEY (timer, occurrence)
        );
        CREATE TABLE IF NOT EXISTS timer_status (
            timer           TEXT PRIMARY KEY,
            next_occurrence TEXT NOT NULL
        );
        """;
}
