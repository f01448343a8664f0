using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// <c>EXPLAIN QUERY PLAN</c> of a statement, and the big tables it reads end to end. A plan line <c>SCAN x</c> (with
/// or without <c>USING ... INDEX</c>) visits every row of x; <c>SEARCH x</c> visits a range of an index. Tables are
/// named by alias in plans, so aliases are resolved from the statement's FROM, JOIN and UPDATE clauses.
/// See https://sqlite.org/eqp.html.
/// </summary>
internal static partial class SqliteQueryPlan
{
    /// <summary>The tables that grow with every session: a read of them must be a range of an index.</summary>
    public static readonly IReadOnlyList<string> GrowingTables =
        ["sessions", "metrics", "analysis_results", "alerts_history", "ingested_sessions", "ingested_bodies", "analyzer_checkpoints", "deliveries", "outbox", "queue_messages", "salesforce_records",
         "dashboard_item_hours", "dashboard_item_days", "dashboard_session_items", "dashboard_item_sessions",
         "dashboard_hours", "dashboard_days", "dashboard_session_facts", "dashboard_cost_hours", "dashboard_session_costs"];

    /// <summary>The plan's lines, indented by depth. Parameters are bound to NULL: the plan does not depend on their values here.</summary>
    public static IReadOnlyList<string> Explain(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in ParameterPattern().Matches(sql).Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            command.Parameters.AddWithValue(name, DBNull.Value);
        }

        var depth = new Dictionary<long, int>();
        var lines = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var level = depth.TryGetValue(reader.GetInt64(1), out var parent) ? parent + 1 : 0;
            depth[reader.GetInt64(0)] = level;
            lines.Add(new string(' ', 2 * level) + reader.GetString(3));
        }

        return lines;
    }

    /// <summary>
    /// What makes the plan grow with the table: a full scan of a growing table, or a time window (<c>$from</c>)
    /// read by no index range (the statement then walks whatever index the planner liked, e.g. every Tier 1 session).
    /// </summary>
    public static IReadOnlyList<string> Problems(string sql, IReadOnlyList<string> plan)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var problems = FullScans(sql, plan).Select(t => $"full scan of {t}").ToList();
        if (sql.Contains("$from", StringComparison.Ordinal) && !plan.Any(line => RangePattern().IsMatch(line)))
        {
            problems.Add("window not read by an index range");
        }

        return problems;
    }

    /// <summary>The growing tables the plan scans in full (by table name).</summary>
    public static IReadOnlyList<string> FullScans(string sql, IReadOnlyList<string> plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var aliases = AliasPattern().Matches(sql)
            .Where(m => GrowingTables.Contains(m.Groups["table"].Value, StringComparer.OrdinalIgnoreCase))
            .SelectMany(m => new[] { (Name: m.Groups["table"].Value, Table: m.Groups["table"].Value), (Name: m.Groups["alias"].Value, Table: m.Groups["table"].Value) })
            .Where(a => a.Name.Length > 0)
            .ToLookup(a => a.Name, a => a.Table, StringComparer.OrdinalIgnoreCase);
        return [.. plan
            .Select(line => ScanPattern().Match(line.TrimStart()))
            .Where(m => m.Success && aliases.Contains(m.Groups["name"].Value))
            .Select(m => aliases[m.Groups["name"].Value].First())
            .Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    [GeneratedRegex(@"\$\w+")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex(@"\b(?:FROM|JOIN|UPDATE)\s+(?<table>\w+)(?:\s+(?:AS\s+)?(?!ON\b|WHERE\b|JOIN\b|LEFT\b|INNER\b|GROUP\b|ORDER\b|LIMIT\b|SET\b)(?<alias>\w+))?", RegexOptions.IgnoreCase)]
    private static partial Regex AliasPattern();

    // A WITHOUT ROWID table's primary key is its index: "SEARCH t USING PRIMARY KEY (k=? AND t>?)".
    [GeneratedRegex(@"^\s*SEARCH \w+ USING (?:(?:COVERING )?INDEX \w+|PRIMARY KEY) \(.*\w+>\?")]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"^SCAN (?<name>\w+)")]
    private static partial Regex ScanPattern();
}
