using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Dashboard;
using VoiceAnalytics.Tests.Support;
using VoiceAnalytics.Tests.Warehouse;
using static VoiceAnalytics.Tests.Warehouse.WarehouseRecords;

namespace VoiceAnalytics.Tests.Functions.Dashboard;

/// <summary>
/// The numeric dashboard endpoints over the real local host and a warehouse seeded with five sessions whose figures
/// are computed by hand below. Now: Monday 17 August 2026, 15:00 UTC (days in UTC).
/// a-1 09:10 5 min, Tier 1, positive, legal, agent-a, meeting, engagement 8, 10 turns, latencies 400 and 900 ms, 110 tokens, excellent connection, natural ending, satisfaction 8;
/// a-2 14:20 2 min, Tier 2, negative, health, agent-b, engagement 4, 4 turns, 5 interruptions, latency 1700, closed with error, poor connection, no natural ending, satisfaction 3, cost openai 0.2 + deepgram 0.1;
/// a-3 14:50 8 min, Tier 1, neutral, legal, agent-a, engagement 6, 16 turns, latency 1000, no connection figures, no quality analysis;
/// y-1 yesterday 10:00 Tier 2, positive, legal, agent-a; w-1 a week before 11:00, Tier 1.
/// </summary>
public sealed class DashboardFiguresApiTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Day = new(2026, 8, 17, 0, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Day.AddHours(15));
    private ApiHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ApiHost.StartAsync(
            new Dictionary<string, string?> { ["Timers:TimeZone"] = "UTC" },
            services => services.AddSingleton<TimeProvider>(_time));
        var writer = _host.Services.GetRequiredService<IWarehouseWriter>();
        foreach (var record in Seed())
        {
            await writer.WriteAsync(record, CancellationToken.None);
        }
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static IEnumerable<WarehouseRecord> Seed()
    {
        static DateTimeOffset At(int hour, int minute = 0) => Day.AddHours(hour).AddMinutes(minute);
        var a1 = Session("a-1", At(9, 10), At(9, 15), tier: "Tier 1", score: 85, sentiment: "positive", industry: "legal", engagement: 8, meeting: true, agentVersion: "agent-a")
            .WithTurn(At(9, 11), 400, promptTokens: 50, completionTokens: 5).WithTurn(At(9, 12), 900, promptTokens: 50, completionTokens: 5)
            .WithOutcome(packetLoss: 0.2, jitter: 10)
            .WithAnalysis(AnalysisJson.Quality, Quality(true, 8));
        yield return a1 with { Session = a1.Session with { TurnCount = 10 } };
        var a2 = Session("a-2", At(14, 20), At(14, 22), tier: "Tier 2", score: 30, sentiment: "negative", industry: "health", engagement: 4, agentVersion: "agent-b")
            .WithLatencies(At(14, 21), 1700)
            .WithOutcome(closeReason: "error", packetLoss: 5, jitter: 20)
            .WithAnalysis(AnalysisJson.Quality, Quality(false, 3))
            .WithAnalysis(AnalysisJson.Performance, new JsonObject
            {
                ["cost"] = new JsonObject
                {
                    ["total_usd"] = 0.3,
                    ["by_provider"] = new JsonArray(
                        new JsonObject { ["provider"] = "api.openai.com", ["usd"] = 0.2 },
                        new JsonObject { ["provider"] = "Deepgram", ["usd"] = 0.1 }),
                },
            });
        yield return a2 with { Session = a2.Session with { TurnCount = 4, InterruptionCount = 5 } };
        var a3 = Session("a-3", At(14, 50), At(14, 58), tier: "Tier 1", score: 70, sentiment: "neutral", industry: "legal", engagement: 6, agentVersion: "agent-a")
            .WithLatencies(At(14, 51), 1000);
        yield return a3 with { Session = a3.Session with { TurnCount = 16 } };
        yield return Session("y-1", Day.AddDays(-1).AddHours(10), Day.AddDays(-1).AddHours(10).AddMinutes(3), tier: "Tier 2", sentiment: "positive", industry: "legal", agentVersion: "agent-a");
        yield return Session("w-1", Day.AddDays(-7).AddHours(11), Day.AddDays(-7).AddHours(11).AddMinutes(3), tier: "Tier 1", sentiment: "positive");
    }

    private static JsonObject Quality(bool natural, double satisfaction) => new() { ["natural_ending"] = natural, ["satisfaction_proxy"] = satisfaction };

    private async Task<JsonElement> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("x-functions-key", ApiHost.Key);
        using var response = await _host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static double? Number(JsonElement element, params string[] path)
    {
        foreach (var step in path)
        {
            element = element.GetProperty(step);
        }

        return element.ValueKind == JsonValueKind.Null ? null : element.GetDouble();
    }

    [Fact]
    public async Task Business_Today_CountsRatesAndComparisons()
    {
        var body = await GetAsync("/api/dashboard/business?range=today");

        Assert.Equal(3, Number(body, "calls", "total"));
        Assert.Equal(1, Number(body, "calls", "previous", "total"));
        Assert.Equal(200.0, Number(body, "calls", "previous", "change_percent"));
        Assert.Equal(1, Number(body, "calls", "week_before", "total"));
        Assert.Equal("2026-08-10T00:00:00+00:00", body.GetProperty("calls").GetProperty("week_before").GetProperty("from").GetString());
        Assert.Equal(2, Number(body, "tier1", "count"));
        Assert.Equal(66.7, Number(body, "tier1", "percent_of_calls"));
        Assert.Equal("up", body.GetProperty("tier1").GetProperty("trend").GetString());
        Assert.Equal(1, Number(body, "meetings", "count"));
        Assert.Equal(50.0, Number(body, "meetings", "percent_of_qualified"));
        Assert.Equal(6.0, Number(body, "engagement", "average"));
        var bars = body.GetProperty("engagement").GetProperty("histogram").EnumerateArray().Select(b => b.GetProperty("sessions").GetInt64()).ToList();
        Assert.Equal([0, 0, 0, 0, 1, 0, 1, 0, 1, 0], bars);
        Assert.Equal(66.7, Number(body, "conversion", "percent"));
        Assert.Equal(25, Number(body, "conversion", "goal_percent"));
        Assert.False(body.GetProperty("revenue_pipeline").GetProperty("available").GetBoolean());
        Assert.NotNull(body.GetProperty("window").GetProperty("from").GetString());
        Assert.NotNull(body.GetProperty("generated_at").GetString());
    }

    [Theory]
    [InlineData("industry=health", 1, 0)]
    [InlineData("tier=1", 2, 2)]
    [InlineData("agent_version=agent-a", 2, 2)]
    [InlineData("sentiment=negative", 1, 0)]
    [InlineData("industry=retail", 0, 0)]
    public async Task Business_EachFilter_ChangesTheFigures(string filter, int calls, int tier1)
    {
        var body = await GetAsync("/api/dashboard/business?range=today&" + filter);

        Assert.Equal(calls, Number(body, "calls", "total"));
        Assert.Equal(tier1, Number(body, "tier1", "count"));
    }

    [Fact]
    public async Task Performance_Today_LatencyPercentilesErrorsCostsConnection()
    {
        var body = await GetAsync("/api/dashboard/performance?range=today");

        Assert.Equal(1, Number(body, "active_now", "sessions"));
        Assert.False(body.GetProperty("active_now").GetProperty("live_calls").GetProperty("available").GetBoolean());
        Assert.Equal(1350, Number(body, "latency", "average_ms"));
        Assert.Equal("yellow", body.GetProperty("latency").GetProperty("band").GetString());
        var hours = body.GetProperty("p95_trend").GetProperty("hours").EnumerateArray().ToList();
        Assert.Equal(24, hours.Count);
        // Nearest rank of two turns is the larger; read as the upper edge of its 50 ms bin.
        var nine = hours.Single(h => h.GetProperty("hour").GetString() == "2026-08-17T09:00:00+00:00");
        Assert.Equal(950, Number(nine, "p95_ms"));
        var fourteen = hours.Single(h => h.GetProperty("hour").GetString() == "2026-08-17T14:00:00+00:00");
        Assert.Equal(1750, Number(fourteen, "p95_ms"));
        Assert.True(fourteen.GetProperty("above_target").GetBoolean());
        Assert.Null(Number(hours[0], "p95_ms"));
        Assert.Equal(33.3, Number(body, "error_rate", "percent"));
        Assert.True(body.GetProperty("error_rate").GetProperty("above_threshold").GetBoolean());
        Assert.Equal(110, Number(hours.Count == 24 ? body.GetProperty("token_usage").GetProperty("hours").EnumerateArray().Single(h => h.GetProperty("hour").GetString() == "2026-08-17T09:00:00+00:00") : default, "tokens"));
        Assert.Equal(0.3, Number(body, "cost_burn", "usd_per_hour"));
        var providers = body.GetProperty("cost_burn").GetProperty("by_provider").EnumerateArray().ToList();
        Assert.Equal(0.2, Number(providers.Single(p => p.GetProperty("provider").GetString() == "api.openai.com"), "usd_per_hour"));
        Assert.False(providers.Single(p => p.GetProperty("provider").GetString() == "ElevenLabs").GetProperty("available").GetBoolean());
        Assert.DoesNotContain(providers, p => p.GetProperty("provider").GetString() == "OpenAI");
        Assert.Equal(0.3, Number(body, "cost_burn", "daily_budget", "percent"));
        Assert.Equal(1, Number(body, "connection_quality", "excellent"));
        Assert.Equal(1, Number(body, "connection_quality", "poor"));
        Assert.Equal(1, Number(body, "connection_quality", "unknown"));
        Assert.Equal(50.0, Number(body, "connection_quality", "poor_percent"));
    }

    [Fact]
    public async Task Quality_Today_DurationsTurnsRatesAndTrends()
    {
        var body = await GetAsync("/api/dashboard/quality?range=today");

        Assert.Equal("hour", body.GetProperty("bucket").GetString());
        Assert.Equal(5.0, Number(body, "duration", "average_minutes"));
        Assert.Equal(1, Number(body, "duration", "in_target"));
        var durationBars = body.GetProperty("duration").GetProperty("histogram").EnumerateArray().ToList();
        Assert.Equal(1, durationBars.Single(b => b.GetProperty("from").GetDouble() == 5).GetProperty("sessions").GetInt64());
        Assert.True(durationBars.Single(b => b.GetProperty("from").GetDouble() == 6).GetProperty("in_target").GetBoolean());
        Assert.False(durationBars.Single(b => b.GetProperty("from").GetDouble() == 7).GetProperty("in_target").GetBoolean());
        Assert.Equal(10.0, Number(body, "turns", "average"));
        Assert.Equal(1, Number(body, "turns", "in_target"));
        Assert.Equal(33.3, Number(body, "interruptions", "percent"));
        var trend = body.GetProperty("interruptions").GetProperty("trend").EnumerateArray().ToList();
        Assert.Equal(24, trend.Count);
        Assert.Equal(50.0, Number(trend[14], "percent"));
        Assert.Equal(33.3, Number(body, "sentiment", "positive_percent"));
        Assert.False(body.GetProperty("sentiment").GetProperty("meets_goal").GetBoolean());
        Assert.Equal(50.0, Number(body, "natural_ending", "percent"));
        Assert.Equal(2, Number(body, "natural_ending", "measured"));
        Assert.Equal(5.5, Number(body, "satisfaction", "average"));
    }

    [Fact]
    public async Task Trends_SevenDays_OnePointPerDayWithRates()
    {
        var body = await GetAsync("/api/dashboard/trends?range=7d");

        Assert.Equal("day", body.GetProperty("bucket").GetString());
        var points = body.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(7, points.Count);
        Assert.Equal("2026-08-11T00:00:00+00:00", points[0].GetProperty("start").GetString());
        Assert.Equal(1, Number(points[5], "total"));
        Assert.Equal(0.0, Number(points[5], "qualification_rate_percent"));
        Assert.Null(Number(points[5], "booking_rate_percent"));
        Assert.Equal(3, Number(points[6], "total"));
        Assert.Equal(66.7, Number(points[6], "qualification_rate_percent"));
        Assert.Equal(50.0, Number(points[6], "booking_rate_percent"));
        Assert.Null(Number(points[0], "qualification_rate_percent"));
        Assert.Equal(40, Number(body, "booking_goal_percent"));
    }

    [Fact]
    public async Task Filters_ChoicesGoalsAndSalesforce()
    {
        var body = await GetAsync("/api/dashboard/filters");

        var industries = body.GetProperty("industries").EnumerateArray().Select(i => (i.GetProperty("value").GetString(), i.GetProperty("sessions").GetInt64())).ToList();
        Assert.Equal([("legal", 3L), ("health", 1L)], industries);
        var agents = body.GetProperty("agent_versions").EnumerateArray().Select(i => (i.GetProperty("value").GetString(), i.GetProperty("sessions").GetInt64())).ToList();
        Assert.Equal([("agent-a", 3L), ("agent-b", 1L)], agents);
        Assert.Equal(1000, Number(body, "goals", "latency_target_ms"));
        Assert.Equal(8, Number(body, "goals", "turns", "min"));
        Assert.Equal(25, Number(body, "goals", "qualification_goal_percent"));
        Assert.False(body.GetProperty("salesforce_configured").GetBoolean());
        Assert.Equal(JsonValueKind.Array, body.GetProperty("rollups_building").ValueKind); // the host's own builds may still be finishing
    }

    [Fact]
    public async Task Filters_RollupBuildUnderWay_SaysHowFarUntilItEnds()
    {
        // Names of the test's own: the host's real builds report (and finish) "figures" and "lists" in the background.
        var progress = _host.Services.GetRequiredService<DashboardRollupProgress>();
        progress.Report("test-lists", 1500, 4000);
        progress.Report("test-figures", 500, 4000);

        var building = (await GetAsync("/api/dashboard/filters")).GetProperty("rollups_building").EnumerateArray()
            .Select(b => $"{b.GetProperty("rollup").GetString()}:{b.GetProperty("done").GetInt64()}:{b.GetProperty("total").GetInt64()}").ToList();
        progress.Finish("test-lists", 4000, 4000);
        progress.Finish("test-figures", 4000, 4000);
        var after = (await GetAsync("/api/dashboard/filters")).GetProperty("rollups_building").EnumerateArray()
            .Select(b => b.GetProperty("rollup").GetString()).ToList();

        Assert.Equal(["test-figures:500:4000", "test-lists:1500:4000"], building.Where(b => b.StartsWith("test-", StringComparison.Ordinal)));
        Assert.DoesNotContain(after, b => b!.StartsWith("test-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Filters_SalesforceCredentialsSet_Configured()
    {
        await using var host = await ApiHost.StartAsync(new Dictionary<string, string?> { ["Salesforce:ClientId"] = "id", ["Salesforce:ClientSecret"] = "secret" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard/filters");
        request.Headers.Add("x-functions-key", ApiHost.Key);

        using var response = await host.Client.SendAsync(request);

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("salesforce_configured").GetBoolean());
        Assert.Empty(body.RootElement.GetProperty("industries").EnumerateArray());
    }

    [Fact]
    public async Task EveryEndpoint_EmptyRange_ZerosAndNulls()
    {
        const string empty = "range=custom&from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z";

        var business = await GetAsync("/api/dashboard/business?" + empty);
        var quality = await GetAsync("/api/dashboard/quality?" + empty);
        var performance = await GetAsync("/api/dashboard/performance?" + empty);
        var trends = await GetAsync("/api/dashboard/trends?" + empty);

        Assert.Equal(0, Number(business, "calls", "total"));
        Assert.Null(Number(business, "conversion", "percent"));
        Assert.Null(Number(quality, "duration", "average_minutes"));
        Assert.Null(Number(performance, "latency", "average_ms"));
        Assert.Equal(0, Number(performance, "active_now", "sessions"));
        Assert.All(trends.GetProperty("points").EnumerateArray(), p => Assert.Equal(0, p.GetProperty("total").GetInt64()));
    }

    [Fact]
    public async Task Performance_SingleSessionHour_ItsOwnFigures()
    {
        var body = await GetAsync("/api/dashboard/performance?range=custom&from=2026-08-17T09:00:00Z&to=2026-08-17T10:00:00Z");

        Assert.Equal(650, Number(body, "latency", "average_ms"));
        Assert.Equal("green", body.GetProperty("latency").GetProperty("band").GetString());
        Assert.Equal(0.0, Number(body, "error_rate", "percent"));
        Assert.Equal(100.0, Number(body, "connection_quality", "excellent_percent"));
    }

    [Theory]
    [InlineData("/api/dashboard/business?tier=3", "tier")]
    [InlineData("/api/dashboard/performance?range=week", "range")]
    [InlineData("/api/dashboard/quality?sentiment=happy", "sentiment")]
    [InlineData("/api/dashboard/trends?range=custom&from=2026-08-17T00:00:00Z", "to")]
    [InlineData("/api/dashboard/filters?range=custom", "from")]
    public async Task BadFilter_400NamingTheParameter(string path, string parameter)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("x-functions-key", ApiHost.Key);
        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parameter, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutKey_401()
    {
        using var response = await _host.Client.GetAsync(new Uri("/api/dashboard/business", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
