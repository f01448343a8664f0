using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Lists;
using static VoiceAnalytics.Tests.Warehouse.ListRecords;
using static VoiceAnalytics.Tests.Warehouse.WarehouseRecords;
using Kinds = VoiceAnalytics.Core.Warehouse.Lists.DashboardItemKinds;

namespace VoiceAnalytics.Tests.Warehouse;

/// <summary>The shared suite: <see cref="IDashboardLists"/> (ranked-list totals, drill-down, hot leads).</summary>
public abstract partial class WarehouseContract
{
    private static readonly DashboardFilter OneDay = new(Day, Day.AddDays(1));

    private IDashboardLists Lists => Ports.Lists ?? throw new InvalidOperationException("This adapter has no ranked-list read port (WarehousePorts.Lists).");

    private static WarehouseRecord L1 => Session("l-1", At(9, 10), At(9, 15), tier: "Tier 1", score: 85, sentiment: "positive", industry: "legal", agentVersion: "agent-a", name: "Ann")
        .WithAnalysis(AnalysisJson.Sales, AnalysisJson.SalesIntelligence(industry: "legal", teamSize: 12, integrations: ["salesforce", "hubspot"]))
        .WithObjections(
            [("pricing", "too expensive", true, "It is too expensive for us")],
            [("docusign", "negative", "DocuSign is too slow"), ("adobe_sign", "positive", "Adobe Sign works well")])
        .WithTools(Search("Pricing plans", 3), Search("SSO setup", 0), new Tool("book_sales_meeting", "{}", """{"ok": true}"""));

    private static WarehouseRecord L2 => Session("l-2", At(9, 50), At(9, 55), tier: "Tier 2", score: 30, sentiment: "negative", industry: "health", agentVersion: "agent-b")
        .WithAnalysis(AnalysisJson.Sales, AnalysisJson.SalesIntelligence(industry: "health", teamSize: 3, integrations: ["salesforce"]))
        .WithObjections(
            [("pricing", "too expensive", false, "Still too expensive"), ("timing", "not right now", false, "Not right now")],
            [("docusign", "positive", "We like DocuSign")])
        .WithTools(Search(" pricing PLANS ", 5), Search("sso setup", 0), FailedSearch("api"));

    private static WarehouseRecord L3 => Session("l-3", At(10, 5), At(10, 9), tier: "Tier 1", score: 60, sentiment: "positive", industry: "health", agentVersion: "agent-a")
        .WithAnalysis(AnalysisJson.Sales, AnalysisJson.SalesIntelligence(industry: "health", teamSize: 30));

    private static WarehouseRecord L4 => Session("l-4", Day.AddDays(1).AddHours(8), null, tier: "Tier 2", score: 15, sentiment: "neutral", industry: "legal")
        .WithTools(Search("pricing plans", 1));

    private Task SeedListsAsync() => WriteAsync(L1, L2, L3, L4);

    /// <summary>The kind's totals summed over tiers: "item|sub" to (sessions, count, positive, zero, value sum, value count).</summary>
    private async Task<Dictionary<string, (long, long, long, long, long, long)>> TotalsAsync(string kind, DashboardFilter? filter = null) =>
        (await Lists.TotalsAsync(filter ?? OneDay, kind, CancellationToken.None))
            .GroupBy(t => t.Item + "|" + t.Sub)
            .ToDictionary(g => g.Key, g => (g.Sum(t => t.Sessions), g.Sum(t => t.Count), g.Sum(t => t.Positive), g.Sum(t => t.Zero), g.Sum(t => t.ValueSum), g.Sum(t => t.ValueCount)));

    [Fact]
    public async Task ListsTotals_SalesKinds_CountTheWindowsSessions()
    {
        await SeedListsAsync();

        Assert.Equal(
            new Dictionary<string, (long, long, long, long, long, long)> { ["81-100|"] = (1, 1, 0, 0, 85, 1), ["21-40|"] = (1, 1, 0, 0, 30, 1), ["41-60|"] = (1, 1, 0, 0, 60, 1) },
            await TotalsAsync(Kinds.LeadScore));
        Assert.Equal(
            new Dictionary<string, (long, long, long, long, long, long)> { ["legal|"] = (1, 1, 0, 0, 0, 0), ["health|"] = (2, 2, 0, 0, 0, 0) },
            await TotalsAsync(Kinds.Industry));
        Assert.Equal(
            new Dictionary<string, (long, long, long, long, long, long)> { ["11-25|"] = (1, 1, 0, 0, 12, 1), ["3-4|"] = (1, 1, 0, 0, 3, 1), ["26+|"] = (1, 1, 0, 0, 30, 1) },
            await TotalsAsync(Kinds.TeamSize));
        Assert.Equal(
            new Dictionary<string, (long, long, long, long, long, long)>
            {
                ["docusign|negative"] = (1, 1, 0, 0, 0, 0), ["docusign|positive"] = (1, 1, 0, 0, 0, 0), ["adobe_sign|positive"] = (1, 1, 0, 0, 0, 0),
            },
            await TotalsAsync(Kinds.Competitor));
        Assert.Equal(
            new Dictionary<string, (long, long, long, long, long, long)> { ["too expensive|pricing"] = (2, 2, 1, 0, 0, 0), ["not right now|timing"] = (1, 1, 0, 0, 0, 0) },
            await TotalsAsync(Kinds.Objection));
    }

    [Fact]
    public async Task ListsTotals_Integrations_SplitByTier()
    {
        await SeedListsAsync();

        var totals = (await Lists.TotalsAsync(OneDay, Kinds.Integration, CancellationToken.None))
            .Select(t => (t.Item, t.Tier, t.Sessions)).OrderBy(t => t.Item, StringComparer.Ordinal).ThenBy(t => t.Tier, StringComparer.Ordinal).ToList();

        Assert.Equal([("hubspot", "Tier 1", 1L), ("salesforce", "Tier 1", 1L), ("salesforce", "Tier 2", 1L)], totals);
    }

    [Fact]
    public async Task ListsTotals_KnowledgeKinds_NormalizeQueriesAndCountResults()
    {
        await SeedListsAsync();

        Assert.Equal(
            new Dictionary<string, (long, long, long, long, long, long)>
            {
                ["pricing plans|"] = (2, 2, 2, 0, 8, 2), ["sso setup|"] = (2, 2, 0, 2, 0, 2), ["api|"] = (1, 1, 0, 0, 0, 0),
            },
            await TotalsAsync(Kinds.KnowledgeSearch));
        Assert.Equal(
            new Dictionary<string, (long, long, long, long, long, long)> { ["3-5|"] = (2, 2, 0, 0, 8, 2), ["0|"] = (2, 2, 0, 0, 0, 2) },
            await TotalsAsync(Kinds.SearchResults));
        Assert.Equal(
            new Dictionary<string, (long, long, long, long, long, long)> { ["unleash_search_knowledge|"] = (2, 5, 0, 1, 0, 0), ["book_sales_meeting|"] = (1, 1, 0, 0, 0, 0) },
            await TotalsAsync(Kinds.Tool));
    }

    [Theory]
    [InlineData("Tier 1", null, null, null, 1)]
    [InlineData(null, "negative", null, null, 1)]
    [InlineData(null, null, "legal", null, 1)]
    [InlineData(null, null, null, "agent-b", 1)]
    [InlineData(null, null, "health", "agent-b", 1)]
    [InlineData("Tier 2", "positive", null, null, 0)]
    public async Task ListsTotals_Filters_SelectTheSessions(string? tier, string? sentiment, string? industry, string? agent, long pricingSearches)
    {
        await SeedListsAsync();

        var totals = await TotalsAsync(Kinds.KnowledgeSearch, OneDay with { Tier = tier, Sentiment = sentiment, Industry = industry, AgentVersion = agent });

        Assert.Equal(pricingSearches, totals.TryGetValue("pricing plans|", out var p) ? p.Item2 : 0);
    }

    [Fact]
    public async Task ListsTotals_EmptyWindow_NoEntries()
    {
        await SeedListsAsync();

        Assert.Empty(await Lists.TotalsAsync(new DashboardFilter(Day.AddDays(-3), Day.AddDays(-2)), Kinds.Industry, CancellationToken.None));
    }

    [Fact]
    public async Task ListsTotals_SessionRewrittenWithNewAnalysis_CountsOnlyTheNewOne()
    {
        await SeedListsAsync();
        var reanalyzed = Session("l-1", At(9, 10), At(9, 15), tier: "Tier 2", score: 35, sentiment: "neutral", industry: "retail", agentVersion: "agent-a", name: "Ann")
            .WithObjections([("timing", "not right now", true, "Not now")]);

        await WriteAsync(reanalyzed, reanalyzed);

        Assert.Equal(
            new Dictionary<string, (long, long, long, long, long, long)> { ["retail|"] = (1, 1, 0, 0, 0, 0), ["health|"] = (2, 2, 0, 0, 0, 0) },
            await TotalsAsync(Kinds.Industry));
        Assert.Equal(
            new Dictionary<string, (long, long, long, long, long, long)> { ["too expensive|pricing"] = (1, 1, 0, 0, 0, 0), ["not right now|timing"] = (2, 2, 1, 0, 0, 0) },
            await TotalsAsync(Kinds.Objection));
        Assert.DoesNotContain("book_sales_meeting|", (await TotalsAsync(Kinds.Tool)).Keys);
        Assert.Equal("retail|", Assert.Single(await TotalsAsync(Kinds.Industry, OneDay with { Sentiment = "neutral" })).Key);
    }

    [Fact]
    public async Task ListsTotals_SessionErased_LeavesTheLists()
    {
        await SeedListsAsync();
        var privacy = Ports.Privacy ?? throw new InvalidOperationException("This adapter has no privacy port.");

        await privacy.EraseAsync(["l-2"], null, null, CancellationToken.None);

        Assert.Equal(
            new Dictionary<string, (long, long, long, long, long, long)> { ["legal|"] = (1, 1, 0, 0, 0, 0), ["health|"] = (1, 1, 0, 0, 0, 0) },
            await TotalsAsync(Kinds.Industry));
        Assert.Equal(
            new Dictionary<string, (long, long, long, long, long, long)> { ["pricing plans|"] = (1, 1, 1, 0, 3, 1), ["sso setup|"] = (1, 1, 0, 1, 0, 1) },
            await TotalsAsync(Kinds.KnowledgeSearch));
        Assert.Empty(await Lists.SessionsAsync(OneDay, Kinds.Objection, "not right now", false, null, 10, CancellationToken.None));
    }

    [Fact]
    public async Task ListsSessions_PagesNewestFirstWithTheQuote()
    {
        await SeedListsAsync();

        var first = await Lists.SessionsAsync(OneDay, Kinds.KnowledgeSearch, "sso setup", true, null, 1, CancellationToken.None);
        var second = await Lists.SessionsAsync(OneDay, Kinds.KnowledgeSearch, "sso setup", true, new ItemCursor(first[^1].StartTime, first[^1].SessionId), 1, CancellationToken.None);
        var third = await Lists.SessionsAsync(OneDay, Kinds.KnowledgeSearch, "sso setup", true, new ItemCursor(second[^1].StartTime, second[^1].SessionId), 1, CancellationToken.None);

        Assert.Equal(new ItemSession("l-2", At(9, 50), "Tier 2", 30, "negative", "sso setup"), Assert.Single(first));
        Assert.Equal(new ItemSession("l-1", At(9, 10), "Tier 1", 85, "positive", "SSO setup"), Assert.Single(second));
        Assert.Empty(third);
    }

    [Fact]
    public async Task ListsSessions_ZeroResultsOnly_SkipsSearchesThatFound()
    {
        await SeedListsAsync();

        Assert.Empty(await Lists.SessionsAsync(OneDay, Kinds.KnowledgeSearch, "pricing plans", true, null, 10, CancellationToken.None));
        Assert.Equal(["l-2", "l-1"], (await Lists.SessionsAsync(OneDay, Kinds.KnowledgeSearch, "pricing plans", false, null, 10, CancellationToken.None)).Select(s => s.SessionId));
    }

    [Fact]
    public async Task ListsSessions_FiltersAndOtherKinds()
    {
        await SeedListsAsync();

        Assert.Equal(["l-3", "l-2"], (await Lists.SessionsAsync(OneDay, Kinds.Industry, "health", false, null, 10, CancellationToken.None)).Select(s => s.SessionId));
        Assert.Equal(["l-3"], (await Lists.SessionsAsync(OneDay with { Tier = "Tier 1" }, Kinds.Industry, "health", false, null, 10, CancellationToken.None)).Select(s => s.SessionId));
        var docusign = await Lists.SessionsAsync(OneDay, Kinds.Competitor, "docusign", false, null, 10, CancellationToken.None);
        Assert.Equal([("l-2", "We like DocuSign"), ("l-1", "DocuSign is too slow")], docusign.Select(s => (s.SessionId, s.Quote)));
    }

    [Fact]
    public async Task ListsHotLeads_TopScoresWithSignals()
    {
        await SeedListsAsync();

        var leads = await Lists.HotLeadsAsync(OneDay, 2, CancellationToken.None);

        Assert.Equal([("l-1", 85, "Ann"), ("l-3", 60, (string?)null)], leads.Select(l => (l.SessionId, l.Score, l.Name)));
        Assert.Equal(
            ["competitor:adobe_sign:positive", "competitor:docusign:negative", "industry:legal:", "integration:hubspot:", "integration:salesforce:", "objection:too expensive:pricing", "team_size:11-25:"],
            leads[0].Signals.Select(s => $"{s.Kind}:{s.Item}:{s.Sub}"));
    }
}
