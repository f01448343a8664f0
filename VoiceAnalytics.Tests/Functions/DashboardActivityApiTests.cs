using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Sinks.Salesforce;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Functions;

/// <summary><c>GET /api/dashboard/activity</c> over the real host: alerts from the alert history, hot leads from <see cref="DashboardListsSeed"/>.</summary>
public sealed class DashboardActivityApiTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Day = DashboardListsSeed.Day;
    private ApiHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ApiHost.StartAsync();
        await DashboardListsSeed.WriteAsync(_host);
        var alerts = _host.Services.GetRequiredService<IAlertHistory>();
        await alerts.AddForSessionAsync(new NewAlert("business", "hot_lead", "info", "Hot lead", SessionId: "s-1", SentTo: "#sales"), Day.AddHours(9).AddMinutes(16), CancellationToken.None);
        await alerts.OpenAsync(new NewAlert("critical", "agent_down", "critical", "No calls for 30 minutes"), Day.AddHours(11), CancellationToken.None);
        await alerts.ResolveAsync("agent_down", "Calls again", Day.AddHours(12), CancellationToken.None);
        await alerts.OpenAsync(new NewAlert("high", "latency_high", "warning", "p95 over 1500 ms"), Day.AddHours(13), CancellationToken.None);
        await alerts.OpenAsync(new NewAlert("high", "error_rate", "warning", "errors"), Day.AddDays(-1), CancellationToken.None);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Get_Day_AlertsNewestFirstWithStatus()
    {
        var alerts = (await GetAsync(DashboardListsSeed.Query())).GetProperty("recent_alerts");

        Assert.Equal(3, alerts.GetProperty("total").GetInt32());
        Assert.Equal(
            ["latency_high:warning:pending:", "agent_down:critical:resolved:", "hot_lead:info:sent:/api/sessions/s-1"],
            alerts.GetProperty("items").EnumerateArray().Select(a =>
                $"{a.GetProperty("name").GetString()}:{a.GetProperty("severity").GetString()}:{a.GetProperty("status").GetString()}:{a.GetProperty("session_url").GetString()}"));
    }

    [Fact]
    public async Task Get_Day_HotLeadsByScoreWithSignalsAndNoSalesforceLink()
    {
        var leads = (await GetAsync(DashboardListsSeed.Query())).GetProperty("hot_leads");

        Assert.Equal(10, leads.GetProperty("limit").GetInt32());
        Assert.Equal(
            ["s-1:85:Ann Lee", "s-3:60:Cy", "s-4:50:", "s-2:30:Bo"],
            leads.GetProperty("items").EnumerateArray().Select(l => $"{l.GetProperty("session_id").GetString()}:{l.GetProperty("score").GetInt32()}:{l.GetProperty("name").GetString()}"));
        var top = leads.GetProperty("items")[0];
        Assert.Equal(
            ["competitor: adobe_sign (positive)", "competitor: docusign (negative)", "industry: legal", "integration: hubspot", "integration: salesforce", "objection: too expensive (pricing)", "team of 12"],
            top.GetProperty("key_signals").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("/api/sessions/s-1", top.GetProperty("session_url").GetString());
        Assert.False(top.GetProperty("salesforce").GetProperty("available").GetBoolean());
        Assert.Contains("not configured", top.GetProperty("salesforce").GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SalesforceConfigured_LinksTheRecordsTheSinkWrote_ElseSaysWhy()
    {
        await using var host = await ApiHost.StartAsync(new Dictionary<string, string?>
        {
            ["Salesforce:ClientId"] = "id", ["Salesforce:ClientSecret"] = "secret", ["Salesforce:InstanceUrl"] = "https://acme.my.salesforce.com",
        });
        await DashboardListsSeed.WriteAsync(host);
        // As the sink leaves them: s-1's Lead and call record, s-3's call record only (no email), s-4 written with no
        // id back; s-2 not delivered yet.
        var records = host.Services.GetRequiredService<ISalesforceRecordLog>();
        await records.SaveAsync(new SalesforceRecords("s-1", "Lead", "00Q000000000001AAA", "a01000000000001AAA", "https://acme.my.salesforce.com", Day), CancellationToken.None);
        await records.SaveAsync(new SalesforceRecords("s-3", null, null, "a01000000000003AAA", "https://acme.my.salesforce.com/", Day), CancellationToken.None);
        await records.SaveAsync(new SalesforceRecords("s-4", null, null, null, "https://acme.my.salesforce.com", Day), CancellationToken.None);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard/activity?" + DashboardListsSeed.Query());
        request.Headers.Add("x-functions-key", ApiHost.Key);

        using var response = await host.Client.SendAsync(request);

        var links = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("hot_leads").GetProperty("items").EnumerateArray()
            .ToDictionary(l => l.GetProperty("session_id").GetString()!, l => l.GetProperty("salesforce"));
        Assert.True(links["s-1"].GetProperty("available").GetBoolean());
        Assert.Equal("Lead", links["s-1"].GetProperty("record").GetString());
        Assert.Equal("https://acme.my.salesforce.com/00Q000000000001AAA", links["s-1"].GetProperty("url").GetString());
        Assert.Equal("Voice_Call__c", links["s-3"].GetProperty("record").GetString());
        Assert.Equal("https://acme.my.salesforce.com/a01000000000003AAA", links["s-3"].GetProperty("url").GetString());
        Assert.False(links["s-4"].GetProperty("available").GetBoolean());
        Assert.Contains("no record id", links["s-4"].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.False(links["s-2"].GetProperty("available").GetBoolean());
        Assert.Contains("Not in Salesforce yet", links["s-2"].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TierFilter_OnlyThatTiersLeads()
    {
        var leads = (await GetAsync(DashboardListsSeed.Query("&tier=1"))).GetProperty("hot_leads");

        Assert.Equal(["s-1", "s-3"], leads.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("session_id").GetString()));
    }

    [Fact]
    public async Task Get_EmptyRange_EmptyLists()
    {
        var body = await GetAsync("range=custom&from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z");

        Assert.Empty(body.GetProperty("recent_alerts").GetProperty("items").EnumerateArray());
        Assert.Empty(body.GetProperty("hot_leads").GetProperty("items").EnumerateArray());
    }

    private async Task<JsonElement> GetAsync(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard/activity?" + query);
        request.Headers.Add("x-functions-key", ApiHost.Key);
        using var response = await _host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
