using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Reports.Executive;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Cosmos;
using VoiceAnalytics.Core.Warehouse.Sqlite;
using VoiceAnalytics.LocalHost.Cli;
using VoiceAnalytics.Tests.Support;
using VoiceAnalytics.Tests.Warehouse.Cosmos;
using static VoiceAnalytics.Tests.Warehouse.WarehouseRecords;

namespace VoiceAnalytics.Tests.Warehouse;

/// <summary>The embedded warehouse read back page by page and copied into the Cosmos adapter: the same answers after.</summary>
public sealed class WarehouseBackfillTests : IDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private readonly SqliteDatabase _database;

    public WarehouseBackfillTests() => _database = new SqliteDatabase(Path.Combine(_folder.Path, "warehouse.db"), [new WarehouseSchema(), new DashboardRollupSchema()]);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task ReadPageAsync_PagesInSessionIdOrder_AndReadsBackWhatWasWritten()
    {
        var written = await SeedAsync();
        var export = new SqliteWarehouseExport(_database);

        var first = await export.ReadPageAsync(null, 2, CancellationToken.None);
        var second = await export.ReadPageAsync(first[^1].Session.SessionId, 2, CancellationToken.None);
        var rest = await export.ReadPageAsync(second[^1].Session.SessionId, 10, CancellationToken.None);

        Assert.Equal(written.Select(r => r.Session.SessionId).Order(StringComparer.Ordinal), first.Concat(second).Concat(rest).Select(r => r.Session.SessionId));
        var original = written.Single(r => r.Session.SessionId == "bf-2");
        var read = rest.Concat(first).Concat(second).Single(r => r.Session.SessionId == "bf-2");
        Assert.Equal(JsonSerializer.Serialize(original.Session), JsonSerializer.Serialize(read.Session)); // by value: FailedTools is a list
        Assert.Equal(original.Metrics.Select(m => m.TotalLatencyMs), read.Metrics.Select(m => m.TotalLatencyMs));
        Assert.Equal(original.LlmCost, read.LlmCost);
        Assert.Equal(
            JsonSerializer.Serialize(original.Analysis.Get(AnalysisJson.Performance)),
            JsonSerializer.Serialize(read.Analysis.Get(AnalysisJson.Performance)));
        Assert.Equal(("ann@example.com", 12), (read.Lead!.Email, read.Lead.TeamSize));
    }

    [Fact]
    public async Task RunAsync_IntoCosmos_TheCosmosPortsAnswerAsTheEmbeddedOnes()
    {
        await SeedAsync();
        var cosmos = new InMemoryCosmosWarehouse(new FakeTimeProvider(Day.AddDays(3)));
        var pages = new List<int>();

        var copied = await new WarehouseBackfill(new SqliteWarehouseExport(_database)).RunAsync(
            (records, token) => cosmos.Writer.BackfillAsync(records, 4, token), pageSize: 2, pages.Add, CancellationToken.None);

        Assert.Equal(5, copied);
        Assert.Equal([2, 4, 5], pages);
        var period = new ReportPeriod(DateOnly.FromDateTime(Day.UtcDateTime), DateOnly.FromDateTime(Day.UtcDateTime), Day, Day.AddDays(1));
        var thresholds = new ExecutiveThresholds(80, "Tier 1", 5, 100, ["salesforce", "hubspot"]);
        var embedded = await new SqliteExecutiveFigures(_database).ReadAsync(period, thresholds, CancellationToken.None);
        var copy = await new CosmosExecutiveFigures(cosmos.Store).ReadAsync(period, thresholds, CancellationToken.None);
        Assert.Equal(JsonSerializer.Serialize(embedded), JsonSerializer.Serialize(copy));
        Assert.Equal(5, embedded.Activity.Sessions);
        Assert.Equal(
            await new SqliteOpsFigures(_database).CostAsync(Day, Day.AddDays(1), CancellationToken.None),
            await new CosmosOpsFigures(cosmos.Store).CostAsync(Day, Day.AddDays(1), CancellationToken.None));
        var lead = await new CosmosLeadProfiles(cosmos.Store, cosmos.Options).FindAsync("ann@example.com", CancellationToken.None);
        Assert.Equal((2, 12), (lead!.TotalCalls, lead.TeamSize));
    }

    [Fact]
    public void BackfillClient_UsesBulkExecution()
    {
        using var client = CosmosClientFactory.Create(new CosmosWarehouseOptions { Endpoint = "https://localhost:8081/", Key = Convert.ToBase64String(new byte[64]) }, bulk: true);
        using var single = CosmosClientFactory.Create(new CosmosWarehouseOptions { Endpoint = "https://localhost:8081/", Key = Convert.ToBase64String(new byte[64]) });

        Assert.True(client.ClientOptions.AllowBulkExecution);
        Assert.False(single.ClientOptions.AllowBulkExecution);
    }

    [Theory]
    [InlineData("--page")]
    [InlineData("--page", "0")]
    [InlineData("--page", "5001")]
    [InlineData("--pages", "10")]
    public async Task Command_BadArguments_UsageAndExit2(params string[] args)
    {
        var error = new StringWriter();

        Assert.Equal(2, await WarehouseBackfillCommand.RunAsync(args, TextWriter.Null, error));
        Assert.Contains("usage: warehouse-backfill", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_NoCosmosEndpoint_SaysSoAndExit2()
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton(_database);
        services.AddOptions<CosmosWarehouseOptions>();
        await using var provider = services.BuildServiceProvider();
        var error = new StringWriter();

        Assert.Equal(2, await WarehouseBackfillCommand.RunAsync([], TextWriter.Null, error, provider));
        Assert.Contains("Warehouse:Cosmos:Endpoint is not set", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Five sessions of one day: two calls of one lead, turns, costs, an LLM cost, analyses.</summary>
    private async Task<IReadOnlyList<WarehouseRecord>> SeedAsync()
    {
        WarehouseRecord[] records =
        [
            Session("bf-1", Day.AddHours(9), Day.AddHours(9).AddMinutes(5), tier: "Tier 1", score: 85, sentiment: "positive", email: "ann@example.com", name: "Ann")
                .WithLead(teamSize: 12).WithLatencies(Day.AddHours(9).AddMinutes(1), 900, 1100)
                .WithAnalysis(AnalysisJson.Performance, AnalysisJson.Cost(0.2, 0.1, 0.05, 0.05)).WithAnalysis(AnalysisJson.LeadScore, AnalysisJson.Score(85, "Tier 1")),
            Session("bf-2", Day.AddHours(11), Day.AddHours(11).AddMinutes(4), tier: "Tier 1", score: 70, sentiment: "neutral", email: "ann@example.com", name: "Ann")
                .WithLead(teamSize: 12).WithLatencies(Day.AddHours(11).AddMinutes(1), 1600, 700, 800)
                .WithAnalysis(AnalysisJson.Performance, AnalysisJson.Cost(0.3, 0.2, 0.05, 0.05)).WithLlmCost(0.01)
                .WithOutcome(closeReason: "error", failedTools: ["book_sales_meeting"], packetLoss: 1.5, jitter: 20),
            Session("bf-3", Day.AddHours(12), Day.AddHours(12).AddMinutes(2), tier: "Tier 2", score: 30, sentiment: "negative")
                .WithLatencies(Day.AddHours(12).AddMinutes(1), 2000),
            Session("bf-4", Day.AddHours(15), tier: "Tier 2", score: 40, sentiment: "positive", email: "bo@example.com")
                .WithAnalysis(AnalysisJson.ContentGaps, AnalysisJson.Gaps(["api limits"])),
            Session("bf-5", Day.AddHours(20), Day.AddHours(20).AddMinutes(9), sentiment: "neutral"),
        ];
        var writer = new SqliteWarehouseWriter(_database);
        foreach (var record in records)
        {
            await writer.WriteAsync(record, CancellationToken.None);
        }

        return records;
    }
}
