using System.Text.Json.Nodes;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Dashboard;
using static VoiceAnalytics.Tests.Warehouse.WarehouseRecords;

namespace VoiceAnalytics.Tests.Warehouse;

/// <summary>The shared suite: <see cref="IDashboardHours"/> (the dashboard's hourly figures, rewrites and erasures included).</summary>
public abstract partial class WarehouseContract
{
    private IDashboardHours Hours => Ports.Hours ?? throw new InvalidOperationException("This adapter has no dashboard hours read port (WarehousePorts.Hours).");

    /// <summary>h-1 09:10 and h-2 09:40 (Tier 1 legal, Tier 2 health), h-3 11:05 (Tier 1 legal, agent-b); h-4 the day before.</summary>
    private async Task SeedHoursAsync() => await WriteAsync(
        Session("h-1", At(9, 10), At(9, 14), tier: "Tier 1", sentiment: "positive", industry: "legal", engagement: 8, meeting: true, agentVersion: "agent-a")
            .WithLatencies(At(9, 11), 420, 980)
            .WithOutcome(closeReason: "error", packetLoss: 0.1, jitter: 5)
            .WithAnalysis(AnalysisJson.Performance, new JsonObject
            {
                ["cost"] = new JsonObject { ["by_provider"] = new JsonArray(new JsonObject { ["provider"] = "Deepgram", ["usd"] = 0.25 }) },
            }),
        Session("h-2", At(9, 40), At(9, 42), tier: "Tier 2", sentiment: "negative", industry: "health", engagement: 3, agentVersion: "agent-a")
            .WithLatencies(At(9, 41), 2100),
        Session("h-3", At(11, 5), At(11, 12), tier: "Tier 1", sentiment: "neutral", industry: "legal", agentVersion: "agent-b")
            .WithAnalysis(AnalysisJson.Quality, new JsonObject { ["natural_ending"] = true, ["satisfaction_proxy"] = 7.5 })
            .WithLlmCost(0.05),
        Session("h-4", Day.AddHours(-2), Day.AddHours(-1.9), tier: "Tier 2", industry: "retail", agentVersion: "agent-c"));

    [Fact]
    public async Task HoursAsync_SumsPerUtcHour()
    {
        await SeedHoursAsync();

        var hours = await Hours.HoursAsync(new DashboardFilter(Day, Day.AddDays(1)), DashboardLayout.Histograms, CancellationToken.None);

        Assert.Equal([At(9), At(11)], hours.Select(h => h.Start));
        var nine = hours[0].Totals;
        Assert.Equal(2, nine[Measure.Sessions]);
        Assert.Equal(1, nine[Measure.Qualified]);
        Assert.Equal(1, nine[Measure.QualifiedMeetings]);
        Assert.Equal(1, nine[Measure.Errors]);
        Assert.Equal(3, nine[Measure.LatencyTurns]);
        Assert.Equal(3500, nine[Measure.LatencySumMs]);
        Assert.Equal(1, nine[Measure.ConnectionExcellent]);
        Assert.Equal(1, nine[Measure.ConnectionUnknown]);
        Assert.Equal(11, nine[Measure.EngagementSum]);
        Assert.Equal(0.25, nine[Measure.CostUsd], 6);
        Assert.Equal([0, 0, 1, 0, 1, 0], nine.Bins(DashboardLayout.Duration).Take(6)); // h-2 2 min, h-1 4 min
        Assert.Equal(1, nine.Bins(DashboardLayout.Latency)[8]); // 420 ms: [400, 450)
        Assert.Equal(1, nine.Bins(DashboardLayout.Latency)[19]); // 980 ms: [950, 1000)
        Assert.Equal(1, nine.Bins(DashboardLayout.Latency)[42]); // 2100 ms: [2100, 2150)
        Assert.Equal(1, hours[1].Totals[Measure.NaturalEndings]);
        Assert.Equal(7.5, hours[1].Totals[Measure.SatisfactionSum]);
    }

    [Theory]
    [InlineData("Tier 1", null, null, null, 2)]
    [InlineData(null, "negative", null, null, 1)]
    [InlineData(null, null, "legal", null, 2)]
    [InlineData(null, null, null, "agent-b", 1)]
    [InlineData("Tier 2", null, "legal", null, 0)]
    public async Task HoursAsync_Filters(string? tier, string? sentiment, string? industry, string? agent, int sessions)
    {
        await SeedHoursAsync();

        var hours = await Hours.HoursAsync(new DashboardFilter(Day, Day.AddDays(1), tier, sentiment, industry, agent), DashboardLayout.Histograms, CancellationToken.None);

        Assert.Equal(sessions, hours.Sum(h => h.Totals[Measure.Sessions]));
    }

    [Fact]
    public async Task HoursAsync_WindowWidenedToWholeHours()
    {
        await SeedHoursAsync();

        var hours = await Hours.HoursAsync(new DashboardFilter(At(9, 30), At(11, 1)), DashboardLayout.Histograms, CancellationToken.None);

        Assert.Equal(3, hours.Sum(h => h.Totals[Measure.Sessions]));
        Assert.Empty(await Hours.HoursAsync(new DashboardFilter(At(10), At(11)), DashboardLayout.Histograms, CancellationToken.None));
    }

    [Fact]
    public async Task HoursAsync_RewriteAndErasure_TakeTheOldFiguresOut()
    {
        await SeedHoursAsync();
        await WriteAsync(Session("h-2", At(11, 30), At(11, 31), tier: "Tier 1", sentiment: "positive", industry: "legal", agentVersion: "agent-b"));

        var hours = await Hours.HoursAsync(new DashboardFilter(Day, Day.AddDays(1)), DashboardLayout.Histograms, CancellationToken.None);

        Assert.Equal([1.0, 2.0], hours.Select(h => h.Totals[Measure.Sessions]));
        Assert.Equal(2, hours[0].Totals[Measure.LatencyTurns]);
        if (Ports.Privacy is { } privacy)
        {
            await privacy.EraseAsync(["h-1"], null, null, CancellationToken.None);
            hours = await Hours.HoursAsync(new DashboardFilter(Day, Day.AddDays(1)), DashboardLayout.Histograms, CancellationToken.None);
            Assert.Equal([At(11)], hours.Select(h => h.Start));
            Assert.DoesNotContain(await Hours.CostsAsync(new DashboardFilter(Day, Day.AddDays(1)), CancellationToken.None), c => c.Provider == "Deepgram");
        }
    }

    [Fact]
    public async Task TotalsAsync_SumsTheWindowsHours_OverDaysAndFilters()
    {
        await SeedHoursAsync();
        // From the day before's last hours to the next day's first: a whole day with edge hours on both sides.
        var window = new DashboardFilter(Day.AddHours(-3), Day.AddDays(1).AddHours(2));

        var all = await Hours.TotalsAsync(window, DashboardLayout.Histograms, CancellationToken.None);
        var legal = await Hours.TotalsAsync(window with { Industry = "legal" }, DashboardLayout.Histograms, CancellationToken.None);
        var dayOnly = await Hours.TotalsAsync(new DashboardFilter(Day, Day.AddDays(1)), [], CancellationToken.None);

        Assert.Equal(4, all[Measure.Sessions]);
        Assert.Equal(2, all[Measure.Qualified]);
        Assert.Equal(3500, all[Measure.LatencySumMs]);
        Assert.Equal(1, all.Bins(DashboardLayout.Latency)[42]);
        Assert.Equal(2, legal[Measure.Sessions]);
        Assert.Equal(3, dayOnly[Measure.Sessions]);
    }

    [Fact]
    public async Task CostsAsync_PerProviderWithOurAnalysis()
    {
        await SeedHoursAsync();

        var costs = await Hours.CostsAsync(new DashboardFilter(Day, Day.AddDays(1)), CancellationToken.None);

        Assert.Equal([new ProviderUsd("Deepgram", 0.25), new ProviderUsd(DashboardFacts.AnalysisProvider, 0.05)], costs);
    }

    [Fact]
    public async Task StartedAsync_ExactWindowWithFilters()
    {
        await SeedHoursAsync();

        Assert.Equal(1, await Hours.StartedAsync(new DashboardFilter(At(9, 30), At(9, 45)), CancellationToken.None));
        Assert.Equal(0, await Hours.StartedAsync(new DashboardFilter(At(9, 30), At(9, 45), Tier: "Tier 1"), CancellationToken.None));
        Assert.Equal(2, await Hours.StartedAsync(new DashboardFilter(At(9), At(10)), CancellationToken.None));
    }

    [Fact]
    public async Task ChoicesAsync_IndustriesAndAgentVersionsWithCounts()
    {
        await SeedHoursAsync();

        var choices = await Hours.ChoicesAsync(Day, Day.AddDays(1), CancellationToken.None);

        Assert.Equal([new ChoiceCount("legal", 2), new ChoiceCount("health", 1)], choices.Industries);
        Assert.Equal([new ChoiceCount("agent-a", 2), new ChoiceCount("agent-b", 1)], choices.AgentVersions);
    }
}
