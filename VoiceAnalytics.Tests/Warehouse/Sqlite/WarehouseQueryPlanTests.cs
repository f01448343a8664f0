using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse.Sqlite;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Warehouse.Sqlite;

/// <summary>
/// Every read statement of the warehouse adapters and of the intake activity reads the growing tables through an
/// index range (bench/README.md has the timings at 100,000 and 1,000,000 sessions). Plans come from the real schema;
/// SQLite plans the same without statistics whatever the row count, so a small warehouse shows the plan of a big one.
/// </summary>
public sealed class WarehouseQueryPlanTests : IDisposable
{
    private readonly SqliteStores _stores = new();

    public void Dispose() => _stores.Dispose();

    public static TheoryData<string> StatementNames() => [.. Statements().Keys];

    [Theory]
    [MemberData(nameof(StatementNames))]
    public void Plan_ReadStatement_SearchesAnIndexRange(string name)
    {
        var sql = Statements()[name];
        Seed();
        using var connection = _stores.Database.Open();

        var plan = SqliteQueryPlan.Explain(connection, sql);

        Assert.True(SqliteQueryPlan.Problems(sql, plan).Count == 0, $"{name}:\n{string.Join('\n', plan)}");
    }

    [Fact]
    public void Problems_FilterOnAnUnindexedColumn_ReportsTheFullScan()
    {
        const string Sql = "SELECT * FROM alerts_history h WHERE h.message = $message;";
        using var connection = _stores.Database.Open();

        var problems = SqliteQueryPlan.Problems(Sql, SqliteQueryPlan.Explain(connection, Sql));

        Assert.Equal(["full scan of alerts_history"], problems);
    }

    [Fact]
    public void Problems_WindowBesideAnEqualityOnAnotherIndex_ReportsTheWindowNotRead()
    {
        // The planner prefers the equality on idx_qualification_tier: a fifth of all sessions, not the day's range.
        const string Sql = "SELECT COUNT(*) FROM sessions s WHERE s.start_time >= $from AND s.start_time < $to AND s.qualification_tier = $tier;";
        using var connection = _stores.Database.Open();

        var problems = SqliteQueryPlan.Problems(Sql, SqliteQueryPlan.Explain(connection, Sql));

        Assert.Equal(["window not read by an index range"], problems);
    }

    private static Dictionary<string, string> Statements() =>
        WarehouseReadStatements.All
            .Append(("activity.LatestReceived", SqliteSessionActivity.LatestReceivedSql))
            .Append(("activity.Failures", SqliteSessionActivity.FailuresSql))
            .ToDictionary(s => s.Item1, s => s.Item2, StringComparer.Ordinal);

    /// <summary>A few rows in every table the statements read, so the plans are of a used warehouse, not an empty one.</summary>
    private void Seed()
    {
        using var connection = _stores.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO sessions (session_id, start_time, end_time, user_email, qualification_tier, lead_score, engagement_score, sentiment, industry, agent_version, ended_at, created_at)
            VALUES ('s1', '2026-08-18T10:00:00.000Z', '2026-08-18T10:05:00.000Z', 'a@example.com', 'Tier 1', 80, 7, 'positive', 'legal', 'v1', '2026-08-18T10:05:00.000Z', '2026-08-18T10:06:00.000Z'),
                   ('s2', '2026-08-18T11:00:00.000Z', '2026-08-18T11:05:00.000Z', 'a@example.com', 'Tier 2', 40, 3, 'negative', NULL, 'v1', '2026-08-18T11:05:00.000Z', '2026-08-18T11:06:00.000Z');
            INSERT INTO metrics (session_id, timestamp, total_latency_ms, prompt_tokens, completion_tokens, created_at, metric_type)
            VALUES ('s1', '2026-08-18T10:01:00.000Z', 900, 100, 10, '2026-08-18T10:06:00.000Z', 'latency'),
                   ('s2', '2026-08-18T11:01:00.000Z', 1200, 100, 10, '2026-08-18T11:06:00.000Z', 'latency');
            INSERT INTO analysis_results (session_id, lead_score_breakdown, analyzed_at, analyzer_version)
            VALUES ('s1', '{}', '2026-08-18T10:06:00.000Z', 'v'), ('s2', '{}', '2026-08-18T11:06:00.000Z', 'v');
            INSERT INTO alerts_history (alert_type, alert_name, severity, message, session_id, triggered_at)
            VALUES ('ops', 'agent_down', 'critical', 'm', NULL, '2026-08-18T12:00:00.000Z'),
                   ('session', 'hot_lead', 'info', 'm', 's1', '2026-08-18T10:06:00.000Z');
            """;
        command.ExecuteNonQuery();
    }
}
