using System.Net;
using System.Text.Json;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Functions;

/// <summary><c>GET /api/dashboard/sessions</c> (drill-down) over the real host, on <see cref="DashboardListsSeed"/>.</summary>
public sealed class DashboardSessionsApiTests : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ApiHost.StartAsync();
        await DashboardListsSeed.WriteAsync(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Get_FailedSearch_PagesNewestFirstWithEvidenceAndLinks()
    {
        var first = await GetAsync(DashboardListsSeed.Query("&kind=failed_search&value=SSO%20Setup%20&limit=1"));
        var cursor = first.GetProperty("next_cursor").GetString();
        var second = await GetAsync(DashboardListsSeed.Query("&kind=failed_search&value=SSO%20Setup%20&limit=1&cursor=" + cursor));

        var newest = Assert.Single(first.GetProperty("items").EnumerateArray());
        Assert.Equal(("s-2", "Tier 2", 30, "negative", "sso setup", "/api/sessions/s-2"), (
            newest.GetProperty("session_id").GetString(), newest.GetProperty("tier").GetString(), newest.GetProperty("lead_score").GetInt32(),
            newest.GetProperty("sentiment").GetString(), newest.GetProperty("evidence").GetString(), newest.GetProperty("session_url").GetString()));
        Assert.Equal("2026-08-17T09:50:00+00:00", newest.GetProperty("started_at").GetString());
        var older = Assert.Single(second.GetProperty("items").EnumerateArray());
        Assert.Equal(("s-1", "SSO setup"), (older.GetProperty("session_id").GetString(), older.GetProperty("evidence").GetString()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next_cursor").ValueKind);
        Assert.Equal(("failed_search", "SSO Setup", 1), (first.GetProperty("kind").GetString(), first.GetProperty("value").GetString(), first.GetProperty("limit").GetInt32()));
    }

    [Theory]
    [InlineData("&kind=objection&value=Too%20expensive", "s-2:Still too expensive,s-1:It is too expensive for us")]
    [InlineData("&kind=competitor&value=docusign", "s-2:We like DocuSign,s-1:DocuSign is too slow")]
    [InlineData("&kind=competitor&value=docusign&tier=1", "s-1:DocuSign is too slow")]
    [InlineData("&kind=industry&value=health", "s-3:,s-2:")]
    [InlineData("&kind=industry&value=health&agent_version=agent-b", "s-2:")]
    [InlineData("&kind=hot_lead&value=41-60", "s-4:,s-3:")]
    [InlineData("&kind=failed_search&value=pricing%20plans", "")]
    public async Task Get_Kinds_TheSessionsBehindTheEntry(string query, string expected)
    {
        var body = await GetAsync(DashboardListsSeed.Query(query));

        Assert.Equal(expected, string.Join(',', body.GetProperty("items").EnumerateArray().Select(s => $"{s.GetProperty("session_id").GetString()}:{s.GetProperty("evidence").GetString()}")));
    }

    [Fact]
    public async Task Get_EmptyRange_EmptyPage()
    {
        var body = await GetAsync("range=custom&from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z&kind=industry&value=health");

        Assert.Empty(body.GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("next_cursor").ValueKind);
    }

    [Theory]
    [InlineData("&value=x", "kind")]
    [InlineData("&kind=lead&value=x", "kind")]
    [InlineData("&kind=industry", "value")]
    [InlineData("&kind=hot_lead&value=90-100", "value")]
    [InlineData("&kind=industry&value=x&limit=101", "limit")]
    [InlineData("&kind=industry&value=x&limit=0", "limit")]
    [InlineData("&kind=industry&value=x&cursor=not-a-cursor", "cursor")]
    public async Task Get_BadParameter_400NamingIt(string query, string parameter)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard/sessions?" + DashboardListsSeed.Query(query));
        request.Headers.Add("x-functions-key", ApiHost.Key);

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parameter, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> GetAsync(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard/sessions?" + query);
        request.Headers.Add("x-functions-key", ApiHost.Key);
        using var response = await _host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
