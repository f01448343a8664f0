using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse.Dashboard;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>
/// Keeps the dashboard rollups in step with the warehouse, inside the caller's transaction (the session's write or
/// erasure): the session's stored contribution is subtracted, replaced and added, each an INSERT ... SELECT from its
/// facts row (https://www.sqlite.org/lang_upsert.html: "ON CONFLICT ... DO UPDATE", with a WHERE on the SELECT).
/// </summary>
internal static class SqliteDashboardRollups
{
    private static readonly string KeyColumns = "hour, tier, sentiment, industry, agent_version";

    // Before the statements: static fields initialize in order.
    private static readonly string FigureColumns = string.Join(", ", DashboardLayout.Columns);

    internal static readonly string AddSql = Merge(1, "dashboard_hours", "hour", "hour");

    internal static readonly string SubtractSql = Merge(-1, "dashboard_hours", "hour", "hour");

    internal static readonly string AddDaysSql = Merge(1, "dashboard_days", "day", "substr(hour, 1, 10)");

    internal static readonly string SubtractDaysSql = Merge(-1, "dashboard_days", "day", "substr(hour, 1, 10)");

    internal const string AddCostsSql = """
        INSERT INTO dashboard_cost_hours (hour, tier, sentiment, industry, agent_version, provider, usd)
        SELECT hour, tier, sentiment, industry, agent_version, provider, usd FROM dashboard_session_costs WHERE session_id = $id
        ON CONFLICT (hour, tier, sentiment, industry, agent_version, provider) DO UPDATE SET usd = usd + excluded.usd;
        """;

    internal const string SubtractCostsSql = """
        INSERT INTO dashboard_cost_hours (hour, tier, sentiment, industry, agent_version, provider, usd)
        SELECT hour, tier, sentiment, industry, agent_version, provider, -usd FROM dashboard_session_costs WHERE session_id = $id
        ON CONFLICT (hour, tier, sentiment, industry, agent_version, provider) DO UPDATE SET usd = usd + excluded.usd;
        """;

    private static readonly string InsertFactsSql =
        $"INSERT INTO dashboard_session_facts (session_id, {KeyColumns}, {FigureColumns}) VALUES ($id, $hour, $tier, $sentiment, $industry, $agent, {string.Join(", ", DashboardLayout.Columns.Select((_, i) => "$f" + i))});";

    /// <summary>Replaces the session's contribution with the record's.</summary>
    public static async Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, WarehouseRecord record, CancellationToken cancellationToken)
    {
        var id = record.Session.SessionId;
        await RemoveAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
        await InsertFactsAsync(connection, transaction, id, DashboardFacts.Of(record), cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(transaction, AddSql, cancellationToken, ("$id", id)).ConfigureAwait(false);
        await connection.ExecuteAsync(transaction, AddDaysSql, cancellationToken, ("$id", id)).ConfigureAwait(false);
        await connection.ExecuteAsync(transaction, AddCostsSql, cancellationToken, ("$id", id)).ConfigureAwait(false);
    }

    /// <summary>Takes the session's contribution out of the rollups and forgets it (no-op for a session without one).</summary>
    public static async Task RemoveAsync(SqliteConnection connection, SqliteTransaction transaction, string sessionId, CancellationToken cancellationToken)
    {
        // A first write (the common case) has nothing to take out: a key lookup spares compiling the ~190-column statements.
        await using (var exists = connection.Command(transaction, "SELECT 1 FROM dashboard_session_facts WHERE session_id = $id;", ("$id", sessionId)))
        {
            if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
            {
                return;
            }
        }

        await connection.ExecuteAsync(transaction, SubtractSql, cancellationToken, ("$id", sessionId)).ConfigureAwait(false);
        await connection.ExecuteAsync(transaction, SubtractDaysSql, cancellationToken, ("$id", sessionId)).ConfigureAwait(false);
        await connection.ExecuteAsync(transaction, SubtractCostsSql, cancellationToken, ("$id", sessionId)).ConfigureAwait(false);
        await connection.ExecuteAsync(transaction, "DELETE FROM dashboard_session_facts WHERE session_id = $id;", cancellationToken, ("$id", sessionId)).ConfigureAwait(false);
        await connection.ExecuteAsync(transaction, "DELETE FROM dashboard_session_costs WHERE session_id = $id;", cancellationToken, ("$id", sessionId)).ConfigureAwait(false);
    }

    internal static async Task InsertFactsAsync(SqliteConnection connection, SqliteTransaction transaction, string id, DashboardFacts facts, CancellationToken cancellationToken)
    {
        var key = facts.Key;
        (string, object?)[] parameters =
        [
            ("$id", id), ("$hour", key.Hour), ("$tier", key.Tier), ("$sentiment", key.Sentiment), ("$industry", key.Industry), ("$agent", key.AgentVersion),
            .. facts.Totals.Values.Select((v, i) => ("$f" + i, (object?)v)),
        ];
        await connection.ExecuteAsync(transaction, InsertFactsSql, cancellationToken, parameters).ConfigureAwait(false);
        foreach (var (provider, usd) in facts.Costs)
        {
            await connection.ExecuteAsync(
                transaction,
                """
                INSERT INTO dashboard_session_costs (session_id, hour, tier, sentiment, industry, agent_version, provider, usd)
                VALUES ($id, $hour, $tier, $sentiment, $industry, $agent, $provider, $usd);
                """,
                cancellationToken,
                ("$id", id), ("$hour", key.Hour), ("$tier", key.Tier), ("$sentiment", key.Sentiment), ("$industry", key.Industry), ("$agent", key.AgentVersion),
                ("$provider", provider), ("$usd", usd)).ConfigureAwait(false);
        }
    }

    /// <summary>Adds (1) or subtracts (-1) the session's facts row to its row of <paramref name="table"/>, keyed by <paramref name="time"/> (the facts' hour, or its day).</summary>
    private static string Merge(int sign, string table, string timeColumn, string time)
    {
        var select = string.Join(", ", DashboardLayout.Columns.Select(c => sign > 0 ? c : "-" + c));
        var update = string.Join(", ", DashboardLayout.Columns.Select(c => $"{c} = {c} + excluded.{c}"));
        return $"""
            INSERT INTO {table} ({timeColumn}, tier, sentiment, industry, agent_version, {FigureColumns})
            SELECT {time}, tier, sentiment, industry, agent_version, {select} FROM dashboard_session_facts WHERE session_id = $id
            ON CONFLICT ({timeColumn}, tier, sentiment, industry, agent_version) DO UPDATE SET {update};
            """;
    }
}
