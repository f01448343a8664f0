using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Reports.Executive;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse.Sqlite;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Reports.Executive;

public sealed class ExecutiveFiguresTests : IDisposable
{
    private readonly ReportsWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    [Fact]
    public async Task ReadAsync_FailedSessions_CountsTheSessionsThatFailedInThePeriod()
    {
        var period = ReportPeriod.DayBefore(_warehouse.Time.GetUtcNow(), TimeZoneInfo.Utc);
        await FailAtAsync("before-period", period.Start.AddMinutes(-1));
        await FailAtAsync("in-period-1", period.Start);
        await FailAtAsync("in-period-2", period.End.AddMinutes(-1));
        await FailAtAsync("after-period", period.End);

        var figures = await Reader().ReadAsync(period, CancellationToken.None);

        Assert.Equal(2, figures.Risks.FailedSessions);
    }

    [Fact]
    public async Task ReadAsync_Thresholds_ComeFromTheLeadScoringOptions()
    {
        var period = ReportPeriod.DayBefore(_warehouse.Time.GetUtcNow(), TimeZoneInfo.Utc);
        _warehouse.InsertSession("s-70", period.Start.AddHours(1), leadScore: 70, tier: "Tier 1");
        _warehouse.InsertSession("s-90", period.Start.AddHours(2), leadScore: 90, tier: "Tier 1");
        _warehouse.SetAnalysis("s-70", "sales_intelligence", """{"sizing":{"team_size":{"value":3},"monthly_volume":{"value":60}},"product_fit":{"integration_needs":[{"value":"zapier"}]}}""");
        _warehouse.SetAnalysis("s-90", "sales_intelligence", """{"sizing":{"team_size":{"value":6},"monthly_volume":{"value":150}},"product_fit":{"integration_needs":[{"value":"HubSpot"}]}}""");

        var defaults = await Reader().ReadAsync(period, CancellationToken.None);
        var lowered = await Reader(new LeadScoringOptions { HotAbove = 60, Tier1MinTeamSize = 3, Tier1MinMonthlyVolume = 50, Tier1Integrations = ["zapier"] })
            .ReadAsync(period, CancellationToken.None);

        Assert.Equal((1, 80), (defaults.Business.HotLeads, defaults.Business.HotLeadScoreAbove));
        Assert.Equal(new QualificationDrivers(2, 1, 1, 1, 0), defaults.Drivers);
        Assert.Equal((2, 60), (lowered.Business.HotLeads, lowered.Business.HotLeadScoreAbove));
        Assert.Equal(new QualificationDrivers(2, 1, 2, 2, 0), lowered.Drivers);
    }

    [Fact]
    public async Task ReadAsync_Alerts_CountBySessionStartElseByTriggerTime()
    {
        var period = ReportPeriod.DayBefore(_warehouse.Time.GetUtcNow(), TimeZoneInfo.Utc);
        _warehouse.InsertSession("started-in", period.Start.AddHours(23));
        _warehouse.InsertSession("started-before", period.Start.AddHours(-1));
        _warehouse.InsertAlert("Hot Lead", "info", period.End.AddMinutes(5), "started-in");
        _warehouse.InsertAlert("Hot Lead", "info", period.Start.AddMinutes(5), "started-before");
        _warehouse.InsertAlert("Agent Down", "critical", period.Start.AddHours(3));
        _warehouse.InsertAlert("Agent Down", "critical", period.End);

        var risks = (await Reader().ReadAsync(period, CancellationToken.None)).Risks;

        Assert.Equal((2, 1), (risks.Alerts, risks.CriticalAlerts));
        Assert.Equal(["Agent Down", "Hot Lead"], risks.TopAlertNames);
    }

    private ExecutiveFiguresReader Reader(LeadScoringOptions? options = null) => new(
        new SqliteExecutiveFigures(_warehouse.Database), new SqliteSessionActivity(_warehouse.Database), Options.Create(options ?? new LeadScoringOptions()));

    private async Task FailAtAsync(string id, DateTimeOffset at)
    {
        var clock = new FakeTimeProvider(at);
        var store = new SqliteSessionStore(_warehouse.Database, new SqliteSessionQueue(_warehouse.Database, Options.Create(new QueueOptions()), clock), clock);
        var body = Encoding.UTF8.GetBytes(Payloads.Minimal(id));
        await store.AcceptAsync(new SessionSubmission(id, body, "sha-" + id, at), CancellationToken.None);
        await store.MarkFailedAsync(id, "boom", CancellationToken.None);
    }
}
