using System.Net;
using System.Text.Json;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Functions;

/// <summary><c>GET /api/dashboard/knowledge</c> over the real host, on <see cref="DashboardListsSeed"/>; figures computed by hand.</summary>
public sealed class DashboardKnowledgeApiTests : IAsyncLifetime
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

        // Searches: s-1 "Pricing plans" (3), "SSO setup" (0); s-2 " pricing PLANS " (5), "sso setup" (0), "api" (error); s-3 "pricing plans" (12).
        var success = body.GetProperty("search_success");
        Assert.Equal((6, 3, 0.5, 0.85, false), (success.GetProperty("searches").GetInt32(), success.GetProperty("with_results").GetInt32(), success.GetProperty("rate").GetDouble(), success.GetProperty("target").GetDouble(), success.GetProperty("meets_target").GetBoolean()));

        var top = body.GetProperty("top_queries");
        Assert.Equal(3, top.GetProperty("distinct_queries").GetInt32());
        Assert.Equal(
            ["pricing plans:3:3:0:1:False", "sso setup:2:0:2:0:True", "api:1:0:0:0:True"],
            top.GetProperty("items").EnumerateArray().Select(q =>
                $"{q.GetProperty("query").GetString()}:{q.GetProperty("count").GetInt32()}:{q.GetProperty("with_results").GetInt32()}:{q.GetProperty("zero_results").GetInt32()}:{q.GetProperty("success_rate").GetDouble()}:{q.GetProperty("failed").GetBoolean()}"));
        Assert.Equal(20 / 3.0, top.GetProperty("items")[0].GetProperty("average_results").GetDouble(), 9);
        Assert.Equal(JsonValueKind.Null, top.GetProperty("items")[2].GetProperty("average_results").ValueKind);

        var gaps = body.GetProperty("content_gaps");
        Assert.Equal((1, 2), (gaps.GetProperty("queries").GetInt32(), gaps.GetProperty("searches").GetInt32()));
        Assert.Equal("sso setup", Assert.Single(gaps.GetProperty("items").EnumerateArray()).GetProperty("query").GetString());

        var results = body.GetProperty("results_per_query");
        Assert.Equal((4.0, 5), (results.GetProperty("average").GetDouble(), results.GetProperty("searches_with_count").GetInt32()));
        Assert.Equal(
            ["0:2", "1-2:0", "3-5:2", "6-10:0", "11-20:1", "21+:0"],
            results.GetProperty("histogram").EnumerateArray().Select(b => $"{b.GetProperty("bucket").GetString()}:{b.GetProperty("sessions").GetInt32()}"));

        var tools = body.GetProperty("tool_usage");
        Assert.Equal(7, tools.GetProperty("calls").GetInt32());
        Assert.Equal(
            ["unleash_search_knowledge:6:1", "book_sales_meeting:1:0"],
            tools.GetProperty("items").EnumerateArray().Select(t => $"{t.GetProperty("tool").GetString()}:{t.GetProperty("calls").GetInt32()}:{t.GetProperty("errors").GetInt32()}"));
        Assert.Equal(6 / 7.0, tools.GetProperty("items")[0].GetProperty("share").GetDouble(), 9);
    }

    [Theory]
    [InlineData("&tier=1", 3, 2)]
    [InlineData("&tier=2", 3, 1)]
    [InlineData("&sentiment=negative", 3, 1)]
    [InlineData("&industry=legal", 2, 1)]
    [InlineData("&agent_version=agent-a", 3, 2)]
    public async Task Get_Filter_ChangesTheFigures(string filter, int searches, int withResults)
    {
        var success = (await GetAsync(DashboardListsSeed.Query(filter))).GetProperty("search_success");

        Assert.Equal((searches, withResults), (success.GetProperty("searches").GetInt32(), success.GetProperty("with_results").GetInt32()));
    }

    [Fact]
    public async Task Get_EmptyRange_NoRatesNoError()
    {
        var body = await GetAsync("range=custom&from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z");

        Assert.Equal(JsonValueKind.Null, body.GetProperty("search_success").GetProperty("rate").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("search_success").GetProperty("meets_target").ValueKind);
        Assert.Empty(body.GetProperty("top_queries").GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("results_per_query").GetProperty("average").ValueKind);
        Assert.Empty(body.GetProperty("tool_usage").GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Get_SingleSession_ItsSearchesOnly()
    {
        var body = await GetAsync("range=custom&from=2026-08-18T00:00:00Z&to=2026-08-19T00:00:00Z");

        var query = Assert.Single(body.GetProperty("top_queries").GetProperty("items").EnumerateArray());
        Assert.Equal(("pricing plans", 1, 1.0), (query.GetProperty("query").GetString(), query.GetProperty("count").GetInt32(), query.GetProperty("average_results").GetDouble()));
        Assert.True(body.GetProperty("search_success").GetProperty("meets_target").GetBoolean());
    }

    private async Task<JsonElement> GetAsync(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard/knowledge?" + query);
        request.Headers.Add("x-functions-key", ApiHost.Key);
        using var response = await _host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
