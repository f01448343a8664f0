using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Storage.Sqlite;

/// <summary>
/// Every statement that finds rows in the session store, the queue, the checkpoints, the delivery ledger and the
/// outbox reads an index range, not the whole table (bench/README.md "scale" has the timings at 100,000 sessions).
/// The one exception is the unfiltered outbox listing: it walks the rowid b-tree from its newest end and stops at
/// its LIMIT, which its plan must show (a scan with no sort).
/// </summary>
public sealed class EmbeddedStoreQueryPlanTests : IDisposable
{
    private readonly SqliteStores _stores = new();

    public void Dispose() => _stores.Dispose();

    public static TheoryData<string> StatementNames() => [.. Statements().Keys];

    [Theory]
    [MemberData(nameof(StatementNames))]
    public void Plan_Statement_ReadsNoGrowingTableInFull(string name)
    {
        var sql = Statements()[name];
        using var connection = _stores.Database.Open();

        var plan = SqliteQueryPlan.Explain(connection, sql);

        var problems = DeliveryReadStatements.NewestFirst.Contains(name) ? NewestFirstProblems(plan) : SqliteQueryPlan.Problems(sql, plan);
        Assert.True(problems.Count == 0, $"{name}: {string.Join(", ", problems)}\n{string.Join('\n', plan)}");
    }

    /// <summary>Two filters, two indexes: the plan must take the one with a handful of rows per value.</summary>
    [Theory]
    [InlineData("outbox.ListBySinkAndSession", "SEARCH outbox USING INDEX idx_outbox_session (session_id=?)")]
    [InlineData("deliveries.ListFailedBySession", "SEARCH deliveries USING INDEX sqlite_autoindex_deliveries_1 (session_id=?)")]
    public void Plan_SessionAndAnotherFilter_ReadsTheSessionsRows(string name, string expected)
    {
        using var connection = _stores.Database.Open();

        var plan = SqliteQueryPlan.Explain(connection, Statements()[name]);

        Assert.Equal(expected, plan[0]);
    }

    [Theory]
    [InlineData("SELECT id FROM outbox WHERE ($session IS NULL OR session_id = $session) ORDER BY id DESC LIMIT $max;")]
    [InlineData("UPDATE queue_messages SET receipt = NULL WHERE last_error = $error;")]
    [InlineData("SELECT result_json FROM analyzer_checkpoints WHERE analyzer = $a;")]
    public void Problems_UnservedFilter_ReportsTheFullScan(string sql)
    {
        using var connection = _stores.Database.Open();

        var problems = SqliteQueryPlan.Problems(sql, SqliteQueryPlan.Explain(connection, sql));

        Assert.NotEmpty(problems);
    }

    [Fact]
    public void NewestFirstProblems_SortedScan_IsReported()
    {
        using var connection = _stores.Database.Open();

        var plan = SqliteQueryPlan.Explain(connection, "SELECT id FROM outbox ORDER BY created_at DESC LIMIT $max;");

        Assert.NotEmpty(NewestFirstProblems(plan));
    }

    /// <summary>A LIMIT can end a walk early only when nothing sorts first: the plan must be the bare rowid scan.</summary>
    private static List<string> NewestFirstProblems(IReadOnlyList<string> plan) =>
        plan.SequenceEqual(["SCAN outbox"]) ? [] : ["not a bare newest-first walk of outbox"];

    private static Dictionary<string, string> Statements() =>
        SessionStoreReadStatements.All.Concat(DeliveryReadStatements.All).ToDictionary(s => s.Name, s => s.Sql, StringComparer.Ordinal);
}
