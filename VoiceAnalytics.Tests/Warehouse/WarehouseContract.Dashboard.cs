using VoiceAnalytics.Core.Warehouse;
using static VoiceAnalytics.Tests.Warehouse.WarehouseRecords;

namespace VoiceAnalytics.Tests.Warehouse;

/// <summary>The shared suite: <see cref="IDashboardFigures"/> (sessions by start, their turns follow them).</summary>
public abstract partial class WarehouseContract
{
    private static readonly DashboardFilter TwoDays = new(Day, Day.AddDays(2));

    /// <summary>
    /// d-1 09:10 and d-2 09:50 (the 09:00 bucket), d-3 10:05, d-4 the next day 08:00, and d-5 exactly at the end of
    /// the range (outside). Latencies: d-1 100..2000 ms (20 turns), d-2 5000, d-3 300 and 700 (and an unmeasured turn).
    /// </summary>
    private async Task SeedDashboardAsync() => await WriteAsync(
        Session("d-1", At(9, 10), At(9, 11, 40), tier: "Tier 1", score: 80, sentiment: "positive", industry: "legal", engagement: 8, meeting: true, agentVersion: "agent-a 1.0")
            .WithLatencies(At(9, 11), [.. Enumerable.Range(1, 20).Select(i => i * 100L)]),
        Session("d-2", At(9, 50), At(9, 53, 20), tier: "Tier 2", score: 30, sentiment: "negative", industry: "health", engagement: 4, agentVersion: "agent-b 1.1")
            .WithLatencies(At(9, 51), 5000),
        Session("d-3", At(10, 5), At(10, 10), tier: "Tier 1", score: 60, sentiment: "positive", industry: "health", agentVersion: "agent-a 1.0")
            .WithLatencies(At(10, 6), 700, 300)
            .WithTurn(At(10, 7), null, eouMs: 100),
        Session("d-4", Day.AddDays(1).AddHours(8), Day.AddDays(1).AddHours(8).AddSeconds(50), tier: "Tier 2", sentiment: "neutral", industry: "legal", agentVersion: "agent-a 1.0")
            .WithLatencies(Day.AddDays(1).AddHours(8), 900),
        Session("d-5", Day.AddDays(2), Day.AddDays(2).AddMinutes(1), tier: "Tier 1", score: 99, sentiment: "positive", industry: "legal", agentVersion: "agent-a 1.0")
            .WithLatencies(Day.AddDays(2), 9999));

    [Fact]
    public async Task SessionsAsync_HourBuckets()
    {
        await SeedDashboardAsync();

        var buckets = await Ports.Dashboard.SessionsAsync(TwoDays, TimeBucket.Hour, CancellationToken.None);

        Assert.Equal(
            [
                new SessionBucket(At(9), 2, 1, 1, 1, 1, 55, 150, 6),
                new SessionBucket(At(10), 1, 1, 0, 1, 0, 60, 300, null),
                new SessionBucket(Day.AddDays(1).AddHours(8), 1, 0, 0, 0, 0, null, 50, null),
            ],
            buckets);
    }

    [Fact]
    public async Task SessionsAsync_DayBuckets()
    {
        await SeedDashboardAsync();

        var buckets = await Ports.Dashboard.SessionsAsync(TwoDays, TimeBucket.Day, CancellationToken.None);

        Assert.Equal(2, buckets.Count);
        Assert.Equal(new SessionBucket(Day, 3, 2, 1, 2, 1, buckets[0].AverageLeadScore, 200, 6), buckets[0]);
        Assert.Equal((80 + 30 + 60) / 3.0, buckets[0].AverageLeadScore!.Value, 9);
        Assert.Equal(new SessionBucket(Day.AddDays(1), 1, 0, 0, 0, 0, null, 50, null), buckets[1]);
    }

    [Theory]
    [InlineData("Tier 1", null, null, null, 2, 2)]
    [InlineData("Tier 2", null, null, null, 2, 0)]
    [InlineData(null, "negative", null, null, 1, 0)]
    [InlineData(null, "positive", null, null, 2, 2)]
    [InlineData(null, null, "health", null, 2, 1)]
    [InlineData(null, null, null, "agent-a 1.0", 3, 2)]
    [InlineData("Tier 1", "positive", "health", "agent-a 1.0", 1, 1)]
    [InlineData(null, null, "retail", null, 0, 0)]
    public async Task SessionsAsync_EachFilterNarrowsTheSessions(string? tier, string? sentiment, string? industry, string? agent, int sessions, int qualified)
    {
        await SeedDashboardAsync();

        var buckets = await Ports.Dashboard.SessionsAsync(TwoDays with { Tier = tier, Sentiment = sentiment, Industry = industry, AgentVersion = agent }, TimeBucket.Day, CancellationToken.None);

        Assert.Equal(sessions, buckets.Sum(b => b.Sessions));
        Assert.Equal(qualified, buckets.Sum(b => b.Qualified));
    }

    [Fact]
    public async Task LatencyAsync_HourBuckets_NearestRankPercentiles()
    {
        await SeedDashboardAsync();

        var buckets = await Ports.Dashboard.LatencyAsync(TwoDays, TimeBucket.Hour, CancellationToken.None);

        // 09:00: 100..2000 and 5000 (21 values): p50 rank 11 = 1100, p95 rank 20 = 2000, p99 rank 21 = 5000.
        // 10:00: 300, 700: p50 rank 1 = 300, p95 and p99 rank 2 = 700. The next day: one turn.
        Assert.Equal(
            [new LatencyBucket(At(9), 21, 1100, 2000, 5000), new LatencyBucket(At(10), 2, 300, 700, 700), new LatencyBucket(Day.AddDays(1).AddHours(8), 1, 900, 900, 900)],
            buckets);
    }

    [Fact]
    public async Task LatencyAsync_DayBuckets_NearestRankPercentiles()
    {
        await SeedDashboardAsync();

        var buckets = await Ports.Dashboard.LatencyAsync(TwoDays, TimeBucket.Day, CancellationToken.None);

        // The day: 100..2000, 300, 700, 5000 (23 values) sorted 100 200 300 300 400 500 600 700 700 800 900 1000 ...:
        // p50 rank 12 = 1000, p95 rank 22 = 2000, p99 rank 23 = 5000.
        Assert.Equal([new LatencyBucket(Day, 23, 1000, 2000, 5000), new LatencyBucket(Day.AddDays(1), 1, 900, 900, 900)], buckets);
    }

    [Theory]
    [InlineData("Tier 2", null, 2, 5000)]
    [InlineData(null, "agent-a 1.0", 23, 2000)]
    public async Task LatencyAsync_FiltersNarrowTheTurns(string? tier, string? agent, int turns, double p99)
    {
        await SeedDashboardAsync();

        var buckets = await Ports.Dashboard.LatencyAsync(TwoDays with { Tier = tier, AgentVersion = agent }, TimeBucket.Day, CancellationToken.None);

        Assert.Equal(turns, buckets.Sum(b => b.Turns));
        Assert.Equal(p99, buckets.Max(b => b.P99Ms));
    }

    [Fact]
    public async Task DashboardFigures_EmptyRange_NoBuckets()
    {
        await SeedDashboardAsync();
        var empty = new DashboardFilter(Day.AddDays(-3), Day);

        Assert.Empty(await Ports.Dashboard.SessionsAsync(empty, TimeBucket.Hour, CancellationToken.None));
        Assert.Empty(await Ports.Dashboard.LatencyAsync(empty, TimeBucket.Day, CancellationToken.None));
    }

    [Fact]
    public async Task DashboardFigures_SingleSession_OneBucketOfItsOwn()
    {
        await WriteAsync(Session("only", At(13, 30), At(13, 32), tier: "Tier 1", score: 77, sentiment: "neutral", engagement: 5.5, meeting: true).WithLatencies(At(13, 31), 640));

        Assert.Equal([new SessionBucket(At(13), 1, 1, 1, 0, 0, 77, 120, 5.5)], await Ports.Dashboard.SessionsAsync(TwoDays, TimeBucket.Hour, CancellationToken.None));
        Assert.Equal([new LatencyBucket(Day, 1, 640, 640, 640)], await Ports.Dashboard.LatencyAsync(TwoDays, TimeBucket.Day, CancellationToken.None));
    }
}
