using System.Net;
using System.Text.Json;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Functions;

/// <summary><c>GET /api/dashboard/sales</c> over the real host, on the seeded warehouse of <see cref="DashboardListsSeed"/>; figures computed by hand.</summary>
public sealed class DashboardSalesApiTests : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ApiHost.StartAsync();
        await DashboardListsSeed.WriteAsync(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Get_Day_HandComputedFigures()
    {
        var body = await GetAsync(DashboardListsSeed.Query());

        Assert.Equal("2026-08-17T00:00:00+00:00", body.GetProperty("window").GetProperty("from").GetString());
        Assert.True(body.TryGetProperty("generated_at", out _));
        var scores = body.GetProperty("lead_scores");
        Assert.Equal(4, scores.GetProperty("scored_sessions").GetInt32());
        Assert.Equal(
            ["0-20:0", "21-40:1", "41-60:2", "61-80:0", "81-100:1"],
            scores.GetProperty("buckets").EnumerateArray().Select(b => $"{b.GetProperty("bucket").GetString()}:{b.GetProperty("sessions").GetInt32()}"));
        Assert.Equal(0.5, scores.GetProperty("buckets")[2].GetProperty("share").GetDouble());

        // health 2; legal and retail tie at 1 and go by name.
        var industries = body.GetProperty("top_industries");
        Assert.Equal(4, industries.GetProperty("sessions_with_industry").GetInt32());
        Assert.Equal(["health:2", "legal:1", "retail:1"], industries.GetProperty("items").EnumerateArray().Select(i => $"{i.GetProperty("industry").GetString()}:{i.GetProperty("sessions").GetInt32()}"));

        var teams = body.GetProperty("team_sizes");
        Assert.Equal(5, teams.GetProperty("tier1_min_team_size").GetInt32());
        Assert.Equal(
            ["1-2:0:False", "3-4:1:False", "5-10:0:True", "11-25:1:True", "26+:1:True"],
            teams.GetProperty("buckets").EnumerateArray().Select(b => $"{b.GetProperty("bucket").GetString()}:{b.GetProperty("sessions").GetInt32()}:{b.GetProperty("tier1").GetBoolean()}"));
        Assert.Equal(JsonValueKind.Null, teams.GetProperty("buckets")[4].GetProperty("max").ValueKind);

        Assert.Equal(
            ["salesforce:2:1:1:0", "hubspot:1:1:0:0", "zapier:1:0:0:1"],
            body.GetProperty("integrations").GetProperty("items").EnumerateArray().Select(i =>
                $"{i.GetProperty("integration").GetString()}:{i.GetProperty("sessions").GetInt32()}:{i.GetProperty("tier1_sessions").GetInt32()}:{i.GetProperty("tier2_sessions").GetInt32()}:{i.GetProperty("untiered_sessions").GetInt32()}"));

        var competitors = body.GetProperty("competitors");
        Assert.Equal(3, competitors.GetProperty("mentions").GetInt32());
        Assert.Equal(
            ["docusign:2:1:0:1:negative", "adobe_sign:1:1:0:0:positive"],
            competitors.GetProperty("items").EnumerateArray().Select(c =>
                $"{c.GetProperty("competitor").GetString()}:{c.GetProperty("mentions").GetInt32()}:{c.GetProperty("positive").GetInt32()}:{c.GetProperty("neutral").GetInt32()}:{c.GetProperty("negative").GetInt32()}:{c.GetProperty("sentiment").GetString()}"));

        var objections = body.GetProperty("objections");
        Assert.Equal(3, objections.GetProperty("objections").GetInt32());
        var top = objections.GetProperty("items")[0];
        Assert.Equal(("too expensive", "pricing", 2, 1, 0.5), (top.GetProperty("objection").GetString(), top.GetProperty("category").GetString(), top.GetProperty("count").GetInt32(), top.GetProperty("resolved").GetInt32(), top.GetProperty("resolution_rate").GetDouble()));
        Assert.Equal(0.0, objections.GetProperty("items")[1].GetProperty("resolution_rate").GetDouble());
    }

    [Theory]
    [InlineData("&tier=1", 2)]
    [InlineData("&tier=2", 1)]
    [InlineData("&sentiment=positive", 2)]
    [InlineData("&industry=health", 2)]
    [InlineData("&agent_version=agent-b", 1)]
    public async Task Get_Filter_ChangesTheFigures(string filter, int scored)
    {
        var body = await GetAsync(DashboardListsSeed.Query(filter));

        Assert.Equal(scored, body.GetProperty("lead_scores").GetProperty("scored_sessions").GetInt32());
    }

    [Fact]
    public async Task Get_SingleSession_OnlyItsFigures()
    {
        var body = await GetAsync("range=custom&from=2026-08-18T00:00:00Z&to=2026-08-19T00:00:00Z");

        Assert.Equal(["legal:1"], body.GetProperty("top_industries").GetProperty("items").EnumerateArray().Select(i => $"{i.GetProperty("industry").GetString()}:{i.GetProperty("sessions").GetInt32()}"));
        Assert.Equal(1.0, body.GetProperty("lead_scores").GetProperty("buckets")[4].GetProperty("share").GetDouble());
        Assert.Equal(0, body.GetProperty("team_sizes").GetProperty("sessions_with_team_size").GetInt32());
    }

    [Fact]
    public async Task Get_WindowInsideAnHour_CountsTheWholeHour()
    {
        // Hour resolution (docs/dashboard-api.md): 10:00-10:20 reads the 10:00 hour, s-3 (10:05) and s-4 (10:30).
        var body = await GetAsync("range=custom&from=2026-08-17T10:00:00Z&to=2026-08-17T10:20:00Z");

        Assert.Equal(2, body.GetProperty("lead_scores").GetProperty("scored_sessions").GetInt32());
    }

    [Fact]
    public async Task Get_EmptyRange_EmptyListsNoError()
    {
        var body = await GetAsync("range=custom&from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z");

        Assert.Equal(0, body.GetProperty("lead_scores").GetProperty("scored_sessions").GetInt32());
        Assert.All(body.GetProperty("lead_scores").GetProperty("buckets").EnumerateArray(), b => Assert.Equal(JsonValueKind.Null, b.GetProperty("share").ValueKind));
        Assert.Empty(body.GetProperty("top_industries").GetProperty("items").EnumerateArray());
        Assert.Empty(body.GetProperty("objections").GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Get_BadFilter_400NamingIt()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard/sales?tier=3");
        request.Headers.Add("x-functions-key", ApiHost.Key);

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tier", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithoutKey_401()
    {
        using var response = await _host.Client.GetAsync(new Uri("/api/dashboard/sales", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<JsonElement> GetAsync(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard/sales?" + query);
        request.Headers.Add("x-functions-key", ApiHost.Key);
        using var response = await _host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
