using Microsoft.Data.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>
/// The ranked lists' tables (part of <see cref="WarehouseSchema"/>, written in the same transaction as a session's rows):
/// <list type="bullet">
/// <item><c>dashboard_item_hours</c>: the rollup the lists read, per UTC hour (<c>yyyy-MM-ddTHH</c>) x tier x sentiment x
/// industry x agent version x kind x item x sub; a missing filter value is stored as '' so the key stays unique.</item>
/// <item><c>dashboard_item_days</c>: the same per UTC day (<c>yyyy-MM-dd</c>), so a long window reads its whole days
/// here and only its edge hours from <c>dashboard_item_hours</c> (30 days: about 15 times fewer rows).</item>
/// <item><c>dashboard_session_items</c>: each session's contribution, so a rewrite or an erasure subtracts exactly what
/// it added; its (kind, item, start_time) index serves the drill-down, a partial covering index of its lead-score entries
/// the hot leads.</item>
/// <item><c>dashboard_item_sessions</c>: the sessions already counted (with or without entries), so the start-up
/// backfill only adds what no live write has.</item>
/// <item><c>dashboard_items_backfill</c>: the backfill's progress (last session id done) and when it finished.</item>
/// </list>
/// </summary>
internal static class DashboardItemsSchema
{
    /// <summary>A rollup table keyed by <paramref name="time"/> (hour or day), then the filter values and the item.</summary>
    private static string Rollup(string table, string time) => $"""
        CREATE TABLE IF NOT EXISTS {table} (
            kind          TEXT NOT NULL,
            {time,-13} TEXT NOT NULL,
            item          TEXT NOT NULL,
            sub           TEXT NOT NULL,
            tier          TEXT NOT NULL,
            sentiment     TEXT NOT NULL,
            industry      TEXT NOT NULL,
            agent_version TEXT NOT NULL,
            sessions      INTEGER NOT NULL,
            count         INTEGER NOT NULL,
            positive      INTEGER NOT NULL,
            zero          INTEGER NOT NULL,
            value_sum     INTEGER NOT NULL,
            value_count   INTEGER NOT NULL,
            PRIMARY KEY (kind, {time}, item, sub, tier, sentiment, industry, agent_version)
        ) WITHOUT ROWID;
        """;

    /// <summary>A file from before <c>dashboard_item_days</c> gets its days summed from its hours once (<see cref="RollupWindow.FillDays"/>).</summary>
    public static void FillDays(SqliteConnection connection) => RollupWindow.FillDays(
        connection, "dashboard_item_hours", "dashboard_item_days", ["kind", "item", "sub", "tier", "sentiment", "industry", "agent_version"],
        ["sessions", "count", "positive", "zero", "value_sum", "value_count"]);

    public static readonly string Ddl = $"""
        {Rollup("dashboard_item_hours", "hour")}

        {Rollup("dashboard_item_days", "day")}

        CREATE TABLE IF NOT EXISTS dashboard_session_items (
            session_id    TEXT NOT NULL,
            kind          TEXT NOT NULL,
            item          TEXT NOT NULL,
            sub           TEXT NOT NULL,
            start_time    TEXT NOT NULL,
            hour          TEXT NOT NULL,
            tier          TEXT NOT NULL,
            sentiment     TEXT NOT NULL,
            industry      TEXT NOT NULL,
            agent_version TEXT NOT NULL,
            count         INTEGER NOT NULL,
            positive      INTEGER NOT NULL,
            zero          INTEGER NOT NULL,
            value_sum     INTEGER NOT NULL,
            value_count   INTEGER NOT NULL,
            quote         TEXT,
            PRIMARY KEY (session_id, kind, item, sub)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS idx_dashboard_session_items_entry ON dashboard_session_items (kind, item, start_time, session_id);
        -- Hot leads: a lead-score bucket's entries of a window with everything the list sorts and filters on, so the top
        -- few are found in the index alone.
        CREATE INDEX IF NOT EXISTS idx_dashboard_session_items_lead_score
            ON dashboard_session_items (item, start_time, value_sum, tier, sentiment, industry, agent_version, session_id) WHERE kind = 'lead_score';

        CREATE TABLE IF NOT EXISTS dashboard_item_sessions (session_id TEXT PRIMARY KEY) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS dashboard_items_backfill (
            id               INTEGER PRIMARY KEY CHECK (id = 1),
            after_session_id TEXT,
            done_at          TEXT
        );
        """;
}
