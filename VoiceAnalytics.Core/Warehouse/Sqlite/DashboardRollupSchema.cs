using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse.Dashboard;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>
/// The dashboard's rollups in the warehouse: <c>dashboard_hours</c> (per UTC hour and spec 6.7 filter values, the
/// figures of <see cref="DashboardLayout"/>), <c>dashboard_days</c> (the same per UTC day, for a long window's whole
/// days) and <c>dashboard_cost_hours</c> (the same per provider), with each
/// session's own contribution (<c>dashboard_session_facts</c>, <c>dashboard_session_costs</c>) so a rewrite or an
/// erasure takes exactly that out again. REAL columns keep whole numbers as integers on disk
/// (https://www.sqlite.org/datatype3.html#type_affinity), so the many zero bins cost a header byte each.
/// A file from before the rollups gets them built once, in the background after start (<see cref="DashboardRollupBackfillService"/>).
/// </summary>
internal sealed class DashboardRollupSchema : ISqliteSchema, ISqliteMigration
{
    private const string Keys = "hour TEXT NOT NULL, tier TEXT NOT NULL, sentiment TEXT NOT NULL, industry TEXT NOT NULL, agent_version TEXT NOT NULL";

    private const string DayKeys = "day TEXT NOT NULL, tier TEXT NOT NULL, sentiment TEXT NOT NULL, industry TEXT NOT NULL, agent_version TEXT NOT NULL";

    private static string Figures => string.Join(",\n    ", DashboardLayout.Columns.Select(c => $"{c} REAL NOT NULL DEFAULT 0"));

    public string Ddl => $"""
        CREATE TABLE IF NOT EXISTS dashboard_hours (
            {Keys},
            {Figures},
            PRIMARY KEY (hour, tier, sentiment, industry, agent_version)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS dashboard_days (
            {DayKeys},
            {Figures},
            PRIMARY KEY (day, tier, sentiment, industry, agent_version)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS dashboard_session_facts (
            session_id TEXT PRIMARY KEY,
            {Keys},
            {Figures}
        );
        CREATE TABLE IF NOT EXISTS dashboard_cost_hours (
            {Keys},
            provider TEXT NOT NULL,
            usd REAL NOT NULL,
            PRIMARY KEY (hour, tier, sentiment, industry, agent_version, provider)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS dashboard_session_costs (
            session_id TEXT NOT NULL,
            {Keys},
            provider TEXT NOT NULL,
            usd REAL NOT NULL,
            PRIMARY KEY (session_id, provider)
        ) WITHOUT ROWID;
        """;

    /// <summary>Only the day table's one statement: the sessions of an older file are rolled up in the background (<see cref="DashboardRollupBackfillService"/>).</summary>
    public void Migrate(SqliteConnection connection) => FillDays(connection);

    /// <summary>A file from before <c>dashboard_days</c> gets its days summed from its hours once (<see cref="RollupWindow.FillDays"/>).</summary>
    private static void FillDays(SqliteConnection connection) => RollupWindow.FillDays(
        connection, "dashboard_hours", "dashboard_days", ["tier", "sentiment", "industry", "agent_version"], DashboardLayout.Columns);
}
