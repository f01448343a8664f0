using System.Text.Json;
using System.Text.Json.Serialization;
using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Reports.Executive;
using VoiceAnalytics.Core.Warehouse;

namespace VoiceAnalytics.Tests.Warehouse.Cosmos;

/// <summary>Every Cosmos read port answers what the SQLite adapter answers for the same records (side by side).</summary>
public sealed class CosmosSemanticsTests : IAsyncLifetime, IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new RoundedDouble() } };
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly SideBySideWarehouse _warehouse = new();

    public Task InitializeAsync() => _warehouse.SeedAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _warehouse.Dispose();

    public static TheoryData<int, int> Windows => new()
    {
        { 0, 120 },       // the first two hours
        { 60, 2 },        // a two-minute ops window
        { 170, 300 },     // across the UTC midnight
        { 0, 24 * 60 },   // a day
        { -600, 3 * 24 * 60 }, // everything and more
        { 900, 60 },      // after the last call
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public async Task OpsFigures_SameRecords_AnswerAsSqlite(int fromMinutes, int lengthMinutes)
    {
        var (from, to) = Window(fromMinutes, lengthMinutes);
        await Same(p => p.Ops.SessionOutcomesAsync(from, to, None));
        await Same(p => p.Ops.LatencyAsync(from, to, None));
        await Same(p => p.Ops.TokensAsync(from, to, None));
        await Same(p => p.Ops.CostAsync(from, to, None));
    }

    [Fact]
    public async Task LatestSessionStart_SameRecords_AnswersAsSqlite()
    {
        var answer = await Same(p => p.Ops.LatestSessionStartAsync(None));
        Assert.Equal(SideBySideWarehouse.Base.AddMinutes(47 * 11), answer);
    }

    [Theory]
    [MemberData(nameof(Windows))]
    public async Task DigestFigures_SameRecords_AnswerAsSqlite(int fromMinutes, int lengthMinutes)
    {
        var (from, to) = Window(fromMinutes, lengthMinutes);
        await Same(p => p.Digest.FailedSearchesAsync(from, to, None));
        await Same(p => p.Digest.LowEngagementAsync(from, to, 10, None));
        await Same(p => p.Digest.FeatureMentionsAsync(from, to, None));
    }

    [Fact]
    public async Task DigestFigures_WholeSeed_FindSomething()
    {
        var (from, to) = Window(-600, 4 * 24 * 60);
        Assert.NotEmpty(await Same(p => p.Digest.FailedSearchesAsync(from, to, None)));
        Assert.NotEmpty(await Same(p => p.Digest.LowEngagementAsync(from, to, 10, None)));
    }

    [Theory]
    [MemberData(nameof(Windows))]
    public async Task DashboardFigures_SameRecords_AnswerAsSqlite(int fromMinutes, int lengthMinutes)
    {
        var (from, to) = Window(fromMinutes, lengthMinutes);
        foreach (var bucket in new[] { TimeBucket.Hour, TimeBucket.Day })
        {
            await Same(p => p.Dashboard.SessionsAsync(new DashboardFilter(from, to), bucket, None));
            await Same(p => p.Dashboard.LatencyAsync(new DashboardFilter(from, to), bucket, None));
            await Same(p => p.Dashboard.SessionsAsync(new DashboardFilter(from, to, Tier: "Tier 1"), bucket, None));
            await Same(p => p.Dashboard.LatencyAsync(new DashboardFilter(from, to, Sentiment: "negative"), bucket, None));
        }
    }

    [Fact]
    public async Task DashboardSessions_Day_CountsEverySessionOnce()
    {
        var (from, to) = Window(-600, 4 * 24 * 60);
        var buckets = await Same(p => p.Dashboard.SessionsAsync(new DashboardFilter(from, to), TimeBucket.Day, None));
        Assert.Equal(12, buckets.Sum(b => b.Sessions));
        Assert.Equal(2, buckets.Count);
    }

    [Fact]
    public async Task ExecutiveFigures_SameRecordsAndAlerts_AnswerAsSqlite()
    {
        foreach (var ports in new[] { _warehouse.Sqlite, _warehouse.CosmosPorts })
        {
            await ports.Alerts.AddForSessionAsync(new NewAlert("business", "hot_lead", "high", "m", SessionId: "side-02"), SideBySideWarehouse.Base.AddHours(30), None);
            await ports.Alerts.OpenAsync(new NewAlert("critical", "agent_down", "P1", "m"), SideBySideWarehouse.Base.AddHours(2), None);
            await ports.Alerts.ResolveAsync("agent_down", "back", SideBySideWarehouse.Base.AddHours(3), None);
        }

        var thresholds = new ExecutiveThresholds(70, "Tier 1", 5, 100, ["salesforce", "hubspot"]);
        var day = new ReportPeriod(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 9), SideBySideWarehouse.Base.AddHours(-21), SideBySideWarehouse.Base.AddHours(3));
        var week = new ReportPeriod(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 15), SideBySideWarehouse.Base.AddHours(-21), SideBySideWarehouse.Base.AddDays(6).AddHours(3));
        var figures = await Same(p => p.Executive.ReadAsync(day, thresholds, None));
        await Same(p => p.Executive.ReadAsync(week, thresholds, None));
        Assert.True(figures.Activity.Sessions > 0);
        Assert.Equal(2, figures.Risks.Alerts); // the hot lead of a session of the day and agent_down; its resolution fired at midnight, after the day
    }

    [Fact]
    public async Task LeadHistory_EverySession_AnswersAsSqlite()
    {
        var found = 0;
        for (var i = 0; i < 12; i++)
        {
            var record = SideBySideWarehouse.Record(i);
            foreach (var email in new[] { "ana@example.com", "BO@example.com", "nobody@example.com" })
            {
                var previous = await Same(p => p.Leads.FindPreviousAsync(email, record.Session.SessionId, record.Session.StartTime, None));
                found += previous is null ? 0 : 1;
                await Same(p => p.Leads.FindPreviousAsync(email, "other", record.Session.StartTime.AddSeconds(1), None));
            }
        }

        Assert.True(found > 0);
    }

    [Fact]
    public async Task AlertHistory_SameOperations_SameRowsAndIds()
    {
        var at = SideBySideWarehouse.Base;
        await Same(p => p.Alerts.OpenAsync(new NewAlert("critical", "agent_down", "P1", "down"), at, None));
        await Same(p => p.Alerts.OpenAsync(new NewAlert("critical", "agent_down", "P1", "still down"), at.AddMinutes(2), None));
        await Same(p => p.Alerts.AddForSessionAsync(new NewAlert("business", "hot_lead", "high", "hot", SessionId: "side-01"), at.AddMinutes(3), None));
        await Same(p => p.Alerts.AddForSessionAsync(new NewAlert("business", "hot_lead", "high", "hot again", SessionId: "side-01"), at.AddMinutes(4), None));
        await Same(p => p.Alerts.FindOpenAsync("agent_down", None));
        await Same(async p => { await p.Alerts.SetSentToAsync(1, "pagerduty", None); return 0; });
        await Same(p => p.Alerts.ResolveAsync("agent_down", "recovered", at.AddMinutes(5), None));
        await Same(p => p.Alerts.ResolveAsync("agent_down", "recovered", at.AddMinutes(6), None));
        await Same(p => p.Alerts.FindOpenAsync("agent_down", None));
        var reopened = await Same(p => p.Alerts.OpenAsync(new NewAlert("critical", "agent_down", "P1", "down again"), at.AddMinutes(7), None));
        Assert.True(reopened.Created);
        var rows = await Same(p => p.Alerts.ListAsync(at, at.AddHours(1), None));
        Assert.Equal(4, rows.Count); // agent_down, hot_lead, the resolution, agent_down again
    }

    private static (DateTimeOffset From, DateTimeOffset To) Window(int fromMinutes, int lengthMinutes)
    {
        var from = SideBySideWarehouse.Base.AddMinutes(fromMinutes);
        return (from, from.AddMinutes(lengthMinutes));
    }

    /// <summary>Asks both adapters; their answers must serialize alike (doubles to nine decimals). Returns SQLite's.</summary>
    private async Task<T> Same<T>(Func<WarehousePorts, Task<T>> ask)
    {
        var sqlite = await ask(_warehouse.Sqlite);
        var cosmos = await ask(_warehouse.CosmosPorts);
        Assert.Equal(JsonSerializer.Serialize(sqlite, Json), JsonSerializer.Serialize(cosmos, Json));
        return sqlite;
    }

    private sealed class RoundedDouble : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => writer.WriteNumberValue(Math.Round(value, 9));
    }
}
