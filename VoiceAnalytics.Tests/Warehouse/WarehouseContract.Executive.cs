using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Reports.Executive;
using static VoiceAnalytics.Tests.Warehouse.WarehouseRecords;

namespace VoiceAnalytics.Tests.Warehouse;

/// <summary>The shared suite: <see cref="Core.Warehouse.IExecutiveFigures"/> over <see cref="TheDay"/>.</summary>
public abstract partial class WarehouseContract
{
    /// <summary>
    /// Four sessions started on the day (two by the same email, one without any), one at the day's end (outside), and
    /// alerts: one of a session of the day fired after it, two agent_down pages of the day (one resolved), one page
    /// the day before, one of the outside session.
    /// </summary>
    private async Task SeedExecutiveDayAsync()
    {
        await WriteAsync(
            Session("x-1", At(9), At(9, 1, 40), tier: "Tier 1", score: 90, sentiment: "positive", engagement: 8, email: "ann@example.com", name: "Ann", meeting: true)
                .WithLatencies(At(9, 1), [.. Enumerable.Range(1, 20).Select(i => i * 100L)])
                .WithTurn(At(9, 1), null, promptTokens: 5, completionTokens: 1)
                .WithAnalysis(AnalysisJson.Sales, AnalysisJson.SalesIntelligence("legal", 10, 200, ["Salesforce"], [("e-sign", "q")], ["DocuSign"]))
                .WithAnalysis(AnalysisJson.Performance, AnalysisJson.Cost(0.50, 0.3, 0.1, 0.1))
                .WithAnalysis(AnalysisJson.Summary, AnalysisJson.NextAction("Send the proposal", "today")),
            Session("x-2", At(10), At(10, 3, 20), tier: "Tier 1", score: 70, sentiment: "neutral", engagement: 6, email: "ann@example.com", name: "Ann")
                .WithTurn(At(10, 1), 4000, promptTokens: 100, completionTokens: 20)
                .WithAnalysis(AnalysisJson.Sales, AnalysisJson.SalesIntelligence("legal", 3, 50, ["HubSpot"]))
                .WithAnalysis(AnalysisJson.Performance, AnalysisJson.Cost(0.25, 0.1, 0.1, 0.05)),
            Session("x-3", At(11), At(11, 5), tier: "Tier 2", score: 40, sentiment: "negative", engagement: 3, email: "bob@example.com", name: "Bob")
                .WithAnalysis(AnalysisJson.Sales, AnalysisJson.SalesIntelligence("health", integrations: ["Zapier"]))
                .WithAnalysis(AnalysisJson.ContentGaps, AnalysisJson.Gaps(["pricing api", " pricing api ", "sso"])),
            Session("x-4", At(23, 59), At(23, 59, 59), sentiment: "negative", participant: "p-4"),
            Session("x-next-day", Day.AddDays(1), Day.AddDays(1).AddMinutes(5), tier: "Tier 1", score: 99, email: "cy@example.com", name: "Cy")
                .WithLatencies(Day.AddDays(1), 9999));

        var alerts = Ports.Alerts;
        await alerts.AddForSessionAsync(new NewAlert("business", "hot_lead", "info", "Hot lead", SessionId: "x-1"), Day.AddDays(1).AddHours(1), CancellationToken.None);
        await alerts.OpenAsync(new NewAlert("critical", "agent_down", "P1", "down"), At(12), CancellationToken.None);
        await alerts.ResolveAsync("agent_down", "back", At(12, 10), CancellationToken.None);
        await alerts.OpenAsync(new NewAlert("critical", "agent_down", "P1", "down"), At(14), CancellationToken.None);
        await alerts.OpenAsync(new NewAlert("high", "latency_sustained", "P2", "slow"), Day.AddMinutes(-1), CancellationToken.None);
        await alerts.AddForSessionAsync(new NewAlert("business", "hot_lead", "info", "Hot lead", SessionId: "x-next-day"), At(20), CancellationToken.None);
    }

    [Fact]
    public async Task ReadAsync_ActivityBusinessAndTiersOfThePeriodsSessions()
    {
        await SeedExecutiveDayAsync();

        var figures = await ExecutiveAsync();

        Assert.Equal(TheDay, figures.Period);
        // 4 sessions; users: ann (twice), bob, participant p-4; durations 100 + 200 + 300 + 59 s.
        Assert.Equal(new ActivityFigures(4, 3, 659 / 4.0, 1, 2), figures.Activity);
        Assert.Equal(1, figures.Business.HotLeads);
        Assert.Equal(80, figures.Business.HotLeadScoreAbove);
        Assert.Equal((90 + 70 + 40) / 3.0, figures.Business.AverageLeadScore!.Value, 9);
        Assert.Equal(new Dictionary<string, int> { ["Tier 1"] = 2, ["Tier 2"] = 1, ["Unscored"] = 1 }, figures.Business.Tiers);
    }

    [Fact]
    public async Task ReadAsync_PerformanceWithNearestRankP95()
    {
        await SeedExecutiveDayAsync();

        var performance = (await ExecutiveAsync()).Performance;

        // 21 measured turns: 100..2000 ms and 4000 ms; p95 is rank ceil(0.95 * 21) = 20 of the sorted values: 2000.
        Assert.Equal(21, performance.MeasuredTurns);
        Assert.Equal(25000 / 21.0, performance.AverageLatencyMs!.Value, 9);
        Assert.Equal(2000, performance.P95LatencyMs);
        Assert.Equal(105, performance.PromptTokens);
        Assert.Equal(21, performance.CompletionTokens);
        Assert.Equal(126, performance.TotalTokens);
        Assert.Equal(0.75, performance.CostUsd!.Value, 9);
        Assert.Equal((8 + 6 + 3) / 3.0, performance.AverageEngagement!.Value, 9);
    }

    [Fact]
    public async Task ReadAsync_OpportunitiesTrendsAndDrivers()
    {
        await SeedExecutiveDayAsync();

        var figures = await ExecutiveAsync();

        Assert.Equal(
            [new Opportunity("Ann", 90, "Tier 1", 10, "Salesforce", "Send the proposal", "today"), new Opportunity("Bob", 40, "Tier 2", null, "Zapier", null, null)],
            figures.TopOpportunities);
        Assert.Equal(
            [
                new TrendCount("feature", "e-sign", 1),
                new TrendCount("industry", "legal", 2), new TrendCount("industry", "health", 1),
                new TrendCount("integration", "HubSpot", 1), new TrendCount("integration", "Salesforce", 1), new TrendCount("integration", "Zapier", 1),
            ],
            figures.Trends);
        // Tier 1 calls x-1 (Salesforce, 10 seats, 200 documents, a competitor) and x-2 (HubSpot, 3 seats, 50 documents).
        Assert.Equal(new QualificationDrivers(2, 2, 1, 1, 1), figures.Drivers);
    }

    [Theory]
    [InlineData(5, 100, new[] { "Salesforce", "HubSpot" }, 2, 1, 1)]
    [InlineData(3, 100, new[] { "Salesforce", "HubSpot" }, 2, 2, 1)]
    [InlineData(11, 50, new[] { "Salesforce", "HubSpot" }, 2, 0, 2)]
    [InlineData(5, 201, new[] { "salesforce" }, 1, 1, 0)]
    [InlineData(5, 100, new[] { "Pipedrive" }, 0, 1, 1)]
    public async Task ReadAsync_DriversCountByTheThresholdsGiven(int teamSize, int volume, string[] integrations, int crm, int team, int volumeCount)
    {
        await SeedExecutiveDayAsync();

        var drivers = (await ExecutiveAsync(Thresholds(teamSize, volume, integrations))).Drivers;

        Assert.Equal(new QualificationDrivers(2, crm, team, volumeCount, 1), drivers);
    }

    [Fact]
    public async Task ReadAsync_HotLeadsCountAboveTheThresholdGiven()
    {
        await SeedExecutiveDayAsync();

        Assert.Equal(2, (await ExecutiveAsync(Thresholds() with { HotLeadScoreAbove = 69 })).Business.HotLeads);
        Assert.Equal(0, (await ExecutiveAsync(Thresholds() with { HotLeadScoreAbove = 90 })).Business.HotLeads);
    }

    [Fact]
    public async Task ReadAsync_RisksCountAlertsRaisedWithAndWithoutASession()
    {
        await SeedExecutiveDayAsync();

        var risks = (await ExecutiveAsync()).Risks;

        // Raised: hot_lead of x-1 (fired the next day, but x-1 started in the period) and agent_down twice. Not the
        // resolution row, not the page of the day before, not the hot lead of the next day's session.
        Assert.Equal(3, risks.Alerts);
        Assert.Equal(2, risks.CriticalAlerts);
        Assert.Equal(["agent_down", "hot_lead"], risks.TopAlertNames);
        Assert.Equal(2, risks.NegativeSessions);
        Assert.Null(risks.FailedSessions);
        Assert.Equal(3, risks.FailedSearches);
        Assert.Equal("pricing api", risks.TopFailedQuery);
        Assert.Equal(2, risks.TopFailedQueryCount);
    }

    [Fact]
    public async Task ReadAsync_TopOpportunities_FiveBestOnePerEmail()
    {
        var records = Enumerable.Range(1, 7)
            .Select(i => Session($"o-{i}", At(i), At(i, 5), tier: "Tier 2", score: 10 * i, email: $"lead{i}@example.com", name: $"Lead {i}"))
            .Append(Session("o-7-again", At(8), At(8, 5), tier: "Tier 1", score: 75, email: "lead7@example.com", name: "Lead 7"))
            .Append(Session("o-zero", At(9), At(9, 5), score: 0, email: "zero@example.com", name: "Zero"))
            .ToArray();
        await WriteAsync(records);

        var opportunities = (await ExecutiveAsync()).TopOpportunities;

        Assert.Equal([("Lead 7", 75), ("Lead 6", 60), ("Lead 5", 50), ("Lead 4", 40), ("Lead 3", 30)], opportunities.Select(o => (o.Name, o.Score)));
        Assert.Equal("Tier 1", opportunities[0].Tier);
    }

    [Fact]
    public async Task ReadAsync_EmptyPeriod_ZerosAndNulls()
    {
        await WriteAsync(Session("outside", Day.AddDays(-1), Day.AddDays(-1).AddMinutes(5), tier: "Tier 1", score: 90).WithLatencies(Day.AddDays(-1), 500));

        var figures = await ExecutiveAsync();

        Assert.Equal(new ActivityFigures(0, 0, null, 0, 0), figures.Activity);
        Assert.Equal(new PerformanceFigures(0, null, null, 0, 0, 0, null, null), figures.Performance);
        Assert.Equal(0, figures.Business.HotLeads);
        Assert.Empty(figures.Business.Tiers);
        Assert.Null(figures.Business.AverageLeadScore);
        Assert.Empty(figures.TopOpportunities);
        Assert.Empty(figures.Trends);
        Assert.Equal(new QualificationDrivers(0, 0, 0, 0, 0), figures.Drivers);
        Assert.Equal(0, figures.Risks.Alerts);
        Assert.Empty(figures.Risks.TopAlertNames);
        Assert.Equal(0, figures.Risks.FailedSearches);
        Assert.Null(figures.Risks.TopFailedQuery);
    }

    [Fact]
    public async Task ReadAsync_OneSession_ItsOwnFigures()
    {
        await WriteAsync(
            Session("one", At(9), At(9, 2), tier: "Tier 1", score: 81, sentiment: "positive", engagement: 7.5, email: "one@example.com", name: "One")
                .WithLatencies(At(9, 1), 1200)
                .WithAnalysis(AnalysisJson.Performance, AnalysisJson.Cost(0.4, 0.2, 0.1, 0.1)));

        var figures = await ExecutiveAsync();

        Assert.Equal(new ActivityFigures(1, 1, 120, 0, 1), figures.Activity);
        Assert.Equal(new PerformanceFigures(1, 1200, 1200, 0, 0, 0, 0.4, 7.5), figures.Performance);
        Assert.Equal(1, figures.Business.HotLeads);
        Assert.Equal(("One", 81), (figures.TopOpportunities.Single().Name, figures.TopOpportunities.Single().Score));
    }
}
