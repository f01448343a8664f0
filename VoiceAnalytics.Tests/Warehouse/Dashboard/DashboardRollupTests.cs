using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Dashboard;
using VoiceAnalytics.Core.Warehouse.Sqlite;
using VoiceAnalytics.Tests.Support;
using static VoiceAnalytics.Tests.Warehouse.WarehouseRecords;

namespace VoiceAnalytics.Tests.Warehouse.Dashboard;

/// <summary>
/// The rollups equal a from-scratch sum of the surviving sessions' contributions after random writes, rewrites (to
/// other hours and filter values) and erasures, and after a rebuild by the backfill.
/// </summary>
public sealed class DashboardRollupTests : IDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 8, 17, 0, 0, 0, TimeSpan.Zero);
    private readonly SqliteStores _stores = new();

    public void Dispose() => _stores.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Rollups_AfterRandomWritesRewritesAndErasures_EqualTheRecomputation(int seed)
    {
        var random = new Random(seed);
        var writer = new SqliteWarehouseWriter(_stores.Database);
        var latest = new Dictionary<string, WarehouseRecord>(StringComparer.Ordinal);
        for (var i = 0; i < 60; i++)
        {
            var id = $"s-{random.Next(25)}";
            var record = RandomRecord(random, id);
            await writer.WriteAsync(record, CancellationToken.None);
            latest[id] = record;
        }

        var erased = latest.Keys.Where(_ => random.NextDouble() < 0.3).ToList();
        await new SqliteWarehousePrivacy(_stores.Database).EraseAsync(erased, null, null, CancellationToken.None);
        erased.ForEach(id => latest.Remove(id));

        AssertRollupsEqual(latest.Values);

        // Rebuilt from the stored rows by the backfill: the same figures.
        using (var connection = _stores.Database.Open())
        {
            Execute(connection, "DELETE FROM dashboard_hours; DELETE FROM dashboard_days; DELETE FROM dashboard_session_facts; DELETE FROM dashboard_cost_hours; DELETE FROM dashboard_session_costs;");
            Assert.Equal(latest.Count, new DashboardRollupBackfill(connection, NullLogger.Instance).Run());
            Assert.Equal(0, new DashboardRollupBackfill(connection, NullLogger.Instance).Run());
        }

        AssertRollupsEqual(latest.Values);
    }

    [Fact]
    public async Task BackgroundService_OlderFile_RollsItUpAfterStart()
    {
        var random = new Random(9);
        var records = Enumerable.Range(0, 250).Select(i => RandomRecord(random, $"s-{i}")).ToList();
        foreach (var record in records)
        {
            await new SqliteWarehouseWriter(_stores.Database).WriteAsync(record, CancellationToken.None);
        }

        using (var connection = _stores.Database.Open())
        {
            // As a file from before the rollups: its sessions only.
            Execute(connection, "DELETE FROM dashboard_hours; DELETE FROM dashboard_days; DELETE FROM dashboard_session_facts; DELETE FROM dashboard_cost_hours; DELETE FROM dashboard_session_costs;");
        }

        var provider = new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddSingleton(_stores.Database).BuildServiceProvider();
        var options = Microsoft.Extensions.Options.Options.Create(new WarehouseOptions { Provider = WarehouseProvider.Sqlite });

        var progress = new DashboardRollupProgress();
        var service = new DashboardRollupBackfillService(options, provider, progress, NullLogger<DashboardRollupBackfillService>.Instance);
        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(60));

        AssertRollupsEqual(records);
        Assert.Empty(progress.Building);
        Assert.Equal(new RollupBuild(DashboardRollupProgress.Figures, 250, 250), progress.Finished[DashboardRollupProgress.Figures]);
    }

    [Fact]
    public async Task Open_FileWithHoursButNoDays_SumsTheDaysFromTheHours()
    {
        var random = new Random(7);
        var records = Enumerable.Range(0, 30).Select(i => RandomRecord(random, $"s-{i}")).ToList();
        foreach (var record in records)
        {
            await new SqliteWarehouseWriter(_stores.Database).WriteAsync(record, CancellationToken.None);
        }

        // As a file from before the day table: its hours only.
        using (var connection = _stores.Database.Open())
        {
            Execute(connection, "DELETE FROM dashboard_days;");
        }

        SqliteConnection.ClearAllPools();
        _ = new VoiceAnalytics.Core.Storage.Sqlite.SqliteDatabase(_stores.Database.File, [new DashboardRollupSchema()]);

        AssertRollupsEqual(records);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public async Task Totals_AnyWindowAndFilter_EqualTheSumOfItsHours(int seed)
    {
        var random = new Random(seed);
        var writer = new SqliteWarehouseWriter(_stores.Database);
        for (var i = 0; i < 80; i++)
        {
            var record = RandomRecord(random, $"s-{i}");
            var start = Day.AddHours(random.Next(90)).AddMinutes(random.Next(60)); // over four UTC days
            await writer.WriteAsync(record with { Session = record.Session with { StartTime = start, CreatedAt = start } }, CancellationToken.None);
        }

        var hours = new SqliteDashboardHours(_stores.Database);
        for (var w = 0; w < 60; w++)
        {
            var from = Day.AddMinutes(random.Next(-60, 90 * 60));
            var filter = new DashboardFilter(from, from.AddMinutes(random.Next(0, 80 * 60)))
            {
                Tier = random.Next(3) == 0 ? "Tier 1" : null,
                Industry = random.Next(3) == 0 ? "legal" : null,
            };

            var expected = DashboardTotals.Sum((await hours.HoursAsync(filter, DashboardLayout.Histograms, CancellationToken.None)).Select(h => h.Totals)).Values;
            var actual = (await hours.TotalsAsync(filter, DashboardLayout.Histograms, CancellationToken.None)).Values;

            for (var i = 0; i < expected.Length; i++)
            {
                Assert.True(Math.Abs(expected[i] - actual[i]) < 1e-6, $"{filter.From:O}..{filter.To:O} {DashboardLayout.Columns[i]}: hours sum {expected[i]}, totals {actual[i]}");
            }
        }
    }

    private void AssertRollupsEqual(IEnumerable<WarehouseRecord> records)
    {
        var facts = records.Select(DashboardFacts.Of).ToList();
        AssertRollupTableEqual(facts, "dashboard_hours", "hour", key => key);
        AssertRollupTableEqual(facts, "dashboard_days", "day", key => key with { Hour = key.Hour[..10] });
        var expectedCosts = facts.SelectMany(f => f.Costs.Select(c => (f.Key, c.Provider, c.Usd)))
            .GroupBy(c => (c.Key, c.Provider)).ToDictionary(g => g.Key, g => g.Sum(c => c.Usd));
        using var connection = _stores.Database.Open();
        using var costs = connection.CreateCommand();
        costs.CommandText = "SELECT hour, tier, sentiment, industry, agent_version, provider, usd FROM dashboard_cost_hours;";
        using var rows = costs.ExecuteReader();
        var actualCosts = new Dictionary<(DashboardKey, string), double>();
        while (rows.Read())
        {
            if (Math.Abs(rows.GetDouble(6)) > 1e-9)
            {
                actualCosts[(new DashboardKey(rows.GetString(0), rows.GetString(1), rows.GetString(2), rows.GetString(3), rows.GetString(4)), rows.GetString(5))] = rows.GetDouble(6);
            }
        }

        Assert.Equal(expectedCosts.Count, actualCosts.Count);
        Assert.All(expectedCosts, c => Assert.True(Math.Abs(c.Value - actualCosts[c.Key]) < 1e-6));
    }

    /// <summary>The rollup table equals the facts summed per key (<paramref name="keyOf"/> maps a facts key to the table's).</summary>
    private void AssertRollupTableEqual(List<DashboardFacts> facts, string table, string time, Func<DashboardKey, DashboardKey> keyOf)
    {
        var expected = facts.GroupBy(f => keyOf(f.Key)).ToDictionary(g => g.Key, g => DashboardTotals.Sum(g.Select(f => f.Totals)).Values);
        using var connection = _stores.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {time}, tier, sentiment, industry, agent_version, {string.Join(", ", DashboardLayout.Columns)} FROM {table};";
        var actual = new Dictionary<DashboardKey, double[]>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var values = Enumerable.Range(0, DashboardLayout.Width).Select(i => reader.GetDouble(i + 5)).ToArray();
            if (values.Any(v => Math.Abs(v) > 1e-9))
            {
                actual[new DashboardKey(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4))] = values;
            }
        }

        Assert.Equal(expected.Keys.OrderBy(k => k.ToString()), actual.Keys.OrderBy(k => k.ToString()));
        foreach (var (key, values) in expected)
        {
            for (var i = 0; i < values.Length; i++)
            {
                Assert.True(Math.Abs(values[i] - actual[key][i]) < 1e-6, $"{table} {key} {DashboardLayout.Columns[i]}: expected {values[i]}, got {actual[key][i]}");
            }
        }
    }

    private static WarehouseRecord RandomRecord(Random random, string id)
    {
        string? Pick(params string?[] values) => values[random.Next(values.Length)];
        var start = Day.AddHours(random.Next(4) * 11).AddMinutes(random.Next(60)); // over two UTC days
        var record = Session(
            id, start, start.AddSeconds(random.Next(30, 1200)), tier: Pick("Tier 1", "Tier 2", null), score: random.NextDouble() < 0.8 ? random.Next(101) : null,
            sentiment: Pick("positive", "neutral", "negative", null), industry: Pick("legal", "health", null), engagement: random.NextDouble() < 0.8 ? Math.Round(random.NextDouble() * 10, 1) : null,
            meeting: random.NextDouble() < 0.3, agentVersion: Pick("agent-a", "agent-b", null))
            .WithOutcome(
                closeReason: Pick("error", "participant_disconnected", null), failedTools: random.NextDouble() < 0.2 ? ["search"] : null,
                packetLoss: random.NextDouble() < 0.7 ? Math.Round(random.NextDouble() * 6, 2) : null, jitter: random.NextDouble() < 0.7 ? random.Next(80) : null);
        for (var t = random.Next(5); t > 0; t--)
        {
            record = record.WithTurn(start.AddSeconds(t), random.NextDouble() < 0.9 ? random.Next(12_000) : null, promptTokens: random.Next(500), completionTokens: random.Next(50));
        }

        if (random.NextDouble() < 0.7)
        {
            record = record.WithAnalysis(AnalysisJson.Quality, new JsonObject { ["natural_ending"] = random.NextDouble() < 0.6, ["satisfaction_proxy"] = Math.Round(random.NextDouble() * 10, 2) });
        }

        if (random.NextDouble() < 0.6)
        {
            record = record.WithAnalysis(AnalysisJson.Performance, new JsonObject
            {
                ["cost"] = new JsonObject
                {
                    ["by_provider"] = new JsonArray(
                        new JsonObject { ["provider"] = Pick("api.openai.com", "Deepgram"), ["usd"] = Math.Round(random.NextDouble(), 4) },
                        new JsonObject { ["provider"] = "Cartesia", ["usd"] = Math.Round(random.NextDouble(), 4) }),
                },
            });
        }

        // The writer keeps an earlier analysis_llm_costs row when a rewrite has none (as the ops cost figures read it):
        // a session either always has one or never, so the backfill reads what the writes gave.
        if (int.Parse(id[2..], System.Globalization.CultureInfo.InvariantCulture) % 3 == 0)
        {
            record = record.WithLlmCost(Math.Round(random.NextDouble() / 10, 4));
        }

        return record with { Session = record.Session with { TurnCount = random.Next(30), InterruptionCount = random.Next(7), DurationSeconds = random.Next(30, 1200) } };
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
