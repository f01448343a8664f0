using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>
/// The six tables of data-flow spec 8.1 with the indexes it names; FTS5 is the full-text index on transcripts, an
/// external-content table over them (its rowid is the transcript row's, so a rewrite deletes by key). Beyond the
/// spec, <c>sessions</c> keeps <c>ended_at</c> (end, else start: the time ops windows use, indexed),
/// <c>industry</c> and <c>agent_version</c> for the dashboard's filters, and the ops rules' call figures
/// (<c>close_reason</c>, <c>failed_tools</c> as a JSON array, NULL when none failed, <c>packet_loss_percent</c>,
/// <c>jitter_ms</c>).
/// </summary>
internal sealed class WarehouseSchema : ISqliteSchema, ISqliteColumnAdditions, ISqliteMigration
{
    // External content (https://www.sqlite.org/fts5.html#external_content_tables): the index reads the text from the
    // transcripts row of the same rowid instead of keeping a copy of its own; the triggers below keep it in step.
    private const string TranscriptIndexDdl =
        "CREATE VIRTUAL TABLE IF NOT EXISTS transcripts_fts USING fts5 (session_id UNINDEXED, transcript_text, content='transcripts', content_rowid='rowid');";

    /// <summary>
    /// The ranked lists' day table is summed from its hours on a file from before it (<see cref="DashboardItemsSchema.FillDays"/>).
    /// A file from before external content has an FTS table with its own copy of the text: it is replaced and the
    /// index rebuilt from <c>transcripts</c> once ('rebuild', https://www.sqlite.org/fts5.html#the_rebuild_command).
    /// </summary>
    public void Migrate(SqliteConnection connection)
    {
        DashboardItemsSchema.FillDays(connection);
        using var check = connection.CreateCommand();
        check.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'transcripts_fts';";
        if (check.ExecuteScalar() is not string sql || sql.Contains("content=", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        using var transaction = connection.BeginTransaction();
        using var rebuild = connection.CreateCommand();
        rebuild.Transaction = transaction;
        rebuild.CommandText = $"DROP TABLE transcripts_fts; {TranscriptIndexDdl} INSERT INTO transcripts_fts (transcripts_fts) VALUES ('rebuild');";
        rebuild.ExecuteNonQuery();
        transaction.Commit();
    }

    public IReadOnlyList<(string Table, string Column, string Definition, string? Backfill)> AddedColumns { get; } =
    [
        ("sessions", "industry", "TEXT", "UPDATE sessions SET industry = (SELECT json_extract(va_json(a.sales_intelligence), '$.product_fit.industry.value') FROM analysis_results a WHERE a.session_id = sessions.session_id AND json_valid(va_json(a.sales_intelligence)));"),
        ("sessions", "agent_version", "TEXT", null),
        ("sessions", "ended_at", "TEXT", "UPDATE sessions SET ended_at = COALESCE(end_time, start_time);"),
        ("sessions", "redacted_at", "TEXT", null),
        // The ops rules' call figures (WarehouseRecordBuilder): rows written before stay NULL, read as "none given".
        ("sessions", "close_reason", "TEXT", null),
        ("sessions", "failed_tools", "TEXT", null),
        ("sessions", "packet_loss_percent", "REAL", null),
        ("sessions", "jitter_ms", "REAL", null),
    ];

    // The retention job reads the unredacted sessions by end time; FTS5 zeroes what it deletes
    // (secure-delete, https://www.sqlite.org/fts5.html#the_secure_delete_configuration_option, SQLite 3.44+).
    public string DependentDdl => """
        CREATE INDEX IF NOT EXISTS idx_ended_at ON sessions (ended_at);
        CREATE INDEX IF NOT EXISTS idx_unredacted_ended_at ON sessions (ended_at) WHERE redacted_at IS NULL;
        CREATE INDEX IF NOT EXISTS idx_alerts_session_id ON alerts_history (session_id) WHERE session_id IS NOT NULL;
        INSERT INTO transcripts_fts (transcripts_fts, rank) VALUES ('secure-delete', 1);
        """;

    public string Ddl => $$"""
        CREATE TABLE IF NOT EXISTS sessions (
            session_id         TEXT PRIMARY KEY,
            start_time         TEXT,
            end_time           TEXT,
            duration_seconds   INTEGER,
            participant_id     TEXT,
            user_email         TEXT,
            user_name          TEXT,
            turn_count         INTEGER,
            interruption_count INTEGER,
            qualification_tier TEXT,
            lead_score         INTEGER,
            engagement_score   REAL,
            sentiment          TEXT,
            meeting_booked     INTEGER,
            industry           TEXT,
            agent_version      TEXT,
            ended_at           TEXT,
            close_reason       TEXT,
            failed_tools       TEXT,
            packet_loss_percent REAL,
            jitter_ms          REAL,
            created_at         TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS idx_user_email ON sessions (user_email);
        CREATE INDEX IF NOT EXISTS idx_user_email_start_time ON sessions (user_email, start_time);
        CREATE INDEX IF NOT EXISTS idx_start_time ON sessions (start_time);
        CREATE INDEX IF NOT EXISTS idx_qualification_tier ON sessions (qualification_tier);

        CREATE TABLE IF NOT EXISTS transcripts (
            session_id      TEXT PRIMARY KEY REFERENCES sessions (session_id),
            transcript_json TEXT NOT NULL,
            transcript_text TEXT NOT NULL,
            word_count      INTEGER NOT NULL,
            created_at      TEXT NOT NULL
        );
        {{TranscriptIndexDdl}}
        -- The index follows every write of transcripts: FTS5 'delete' takes the old row's values, so a row is removed
        -- by its rowid without a scan (https://www.sqlite.org/fts5.html#the_delete_command).
        CREATE TRIGGER IF NOT EXISTS transcripts_fts_insert AFTER INSERT ON transcripts BEGIN
            INSERT INTO transcripts_fts (rowid, session_id, transcript_text) VALUES (new.rowid, new.session_id, new.transcript_text);
        END;
        CREATE TRIGGER IF NOT EXISTS transcripts_fts_delete AFTER DELETE ON transcripts BEGIN
            INSERT INTO transcripts_fts (transcripts_fts, rowid, session_id, transcript_text) VALUES ('delete', old.rowid, old.session_id, old.transcript_text);
        END;
        CREATE TRIGGER IF NOT EXISTS transcripts_fts_update AFTER UPDATE OF transcript_text ON transcripts BEGIN
            INSERT INTO transcripts_fts (transcripts_fts, rowid, session_id, transcript_text) VALUES ('delete', old.rowid, old.session_id, old.transcript_text);
            INSERT INTO transcripts_fts (rowid, session_id, transcript_text) VALUES (new.rowid, new.session_id, new.transcript_text);
        END;

        CREATE TABLE IF NOT EXISTS metrics (
            id                INTEGER PRIMARY KEY AUTOINCREMENT,
            session_id        TEXT NOT NULL REFERENCES sessions (session_id),
            timestamp         TEXT NOT NULL,
            metric_type       TEXT NOT NULL,
            eou_delay_ms      INTEGER,
            llm_ttft_ms       INTEGER,
            tts_ttfb_ms       INTEGER,
            total_latency_ms  INTEGER,
            prompt_tokens     INTEGER,
            completion_tokens INTEGER,
            total_tokens      INTEGER,
            stt_duration_ms   INTEGER,
            created_at        TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS idx_session_timestamp ON metrics (session_id, timestamp);
        CREATE INDEX IF NOT EXISTS idx_timestamp ON metrics (timestamp);

        CREATE TABLE IF NOT EXISTS leads (
            email              TEXT PRIMARY KEY,
            name               TEXT,
            latest_session_id  TEXT REFERENCES sessions (session_id),
            team_size          INTEGER,
            monthly_volume     INTEGER,
            integration_needs  TEXT,
            industry           TEXT,
            location           TEXT,
            use_case           TEXT,
            current_tool       TEXT,
            pain_points        TEXT,
            decision_timeline  TEXT,
            budget_authority   TEXT,
            urgency            TEXT,
            qualification_tier TEXT,
            lead_score         INTEGER,
            first_call_date    TEXT,
            last_call_date     TEXT,
            total_calls        INTEGER,
            updated_at         TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS idx_leads_qualification_tier ON leads (qualification_tier);
        CREATE INDEX IF NOT EXISTS idx_lead_score ON leads (lead_score);
        CREATE INDEX IF NOT EXISTS idx_last_call_date ON leads (last_call_date);

        CREATE TABLE IF NOT EXISTS analysis_results (
            session_id           TEXT PRIMARY KEY REFERENCES sessions (session_id),
            sales_intelligence   TEXT,
            lead_score_breakdown TEXT,
            quality_analysis     TEXT,
            sentiment_analysis   TEXT,
            objections           TEXT,
            competitors          TEXT,
            performance_analysis TEXT,
            content_gaps         TEXT,
            action_items         TEXT,
            executive_summary    TEXT,
            analyzed_at          TEXT NOT NULL,
            analyzer_version     TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS idx_analyzed_at ON analysis_results (analyzed_at);

        -- What the language-model analysis cost per session (only sessions it ran for); the cost-burn rule adds it.
        CREATE TABLE IF NOT EXISTS analysis_llm_costs (
            session_id        TEXT PRIMARY KEY REFERENCES sessions (session_id),
            deployment        TEXT,
            prompt_tokens     INTEGER NOT NULL,
            completion_tokens INTEGER NOT NULL,
            cost_usd          REAL NOT NULL,
            analyzed_at       TEXT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS alerts_history (
            id              INTEGER PRIMARY KEY AUTOINCREMENT,
            alert_type      TEXT NOT NULL,
            alert_name      TEXT NOT NULL,
            severity        TEXT NOT NULL,
            message         TEXT NOT NULL,
            context         TEXT,
            session_id      TEXT REFERENCES sessions (session_id),
            triggered_at    TEXT NOT NULL,
            sent_to         TEXT,
            acknowledged_at TEXT,
            acknowledged_by TEXT,
            resolved_at     TEXT
        );
        CREATE INDEX IF NOT EXISTS idx_triggered_at ON alerts_history (triggered_at);

        -- Metrics past Privacy:MetricsDays, rolled up per UTC hour and metric type (spec 8.2 "aggregate to hourly summaries").
        CREATE TABLE IF NOT EXISTS metrics_hourly (
            hour                  TEXT NOT NULL,
            metric_type           TEXT NOT NULL,
            samples               INTEGER NOT NULL,
            latency_samples       INTEGER NOT NULL,
            sum_total_latency_ms  INTEGER NOT NULL,
            avg_total_latency_ms  REAL,
            p95_total_latency_ms  INTEGER,
            max_total_latency_ms  INTEGER,
            sum_eou_delay_ms      INTEGER NOT NULL,
            sum_llm_ttft_ms       INTEGER NOT NULL,
            sum_tts_ttfb_ms       INTEGER NOT NULL,
            sum_prompt_tokens     INTEGER NOT NULL,
            sum_completion_tokens INTEGER NOT NULL,
            sum_total_tokens      INTEGER NOT NULL,
            sum_stt_duration_ms   INTEGER NOT NULL,
            PRIMARY KEY (hour, metric_type)
        );
        CREATE INDEX IF NOT EXISTS idx_alert_type_severity ON alerts_history (alert_type, severity);
        -- Serves the per-session dedup (session_id = ? AND alert_name = ?), the open ops alert of a rule
        -- (session_id IS NULL AND alert_name = ?, newest id first) and the executive join by session.
        CREATE INDEX IF NOT EXISTS idx_alerts_session_name ON alerts_history (session_id, alert_name);
        {{DashboardItemsSchema.Ddl}}
        """;
}
