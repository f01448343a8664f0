using Microsoft.Playwright;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Dashboard;

/// <summary>The key prompt and the session view in a real browser over the real local host.</summary>
public sealed class DashboardSessionViewTests(DashboardBrowser browser) : IClassFixture<DashboardBrowser>, IAsyncLifetime
{
    private ApiHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ApiHost.StartAsync(new Dictionary<string, string?> { ["Ingest:MaxBodyBytes"] = "400000" });
        using var post = await _host.Client.SendAsync(SessionsClient.Post(Payloads.SharedWithId("qualified_meeting_booked.json", "view-1")));
        await SessionsClient.WaitForStatusAsync(_host.Client, "view-1", "analyzed");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private string Url(string pathAndQuery) => new Uri(_host.Client.BaseAddress!, pathAndQuery).ToString();

    [Fact]
    public async Task SessionView_ReadableReportWithTheEvidenceHighlightedInTheTranscript()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;

        await page.GotoAsync(Url("/dashboard?view=session&id=view-1#key=" + ApiHost.Key));
        await page.Locator("ol.transcript li").First.WaitForAsync();

        Assert.Equal("", new Uri(page.Url).Fragment); // the key left the address bar
        Assert.Equal("72", (await page.Locator("[data-widget=session-score] [data-value]").InnerTextAsync()).Trim());
        Assert.Equal("positive", (await page.Locator("[data-widget=session-sentiment] [data-value]").InnerTextAsync()).Trim());
        var marks = await page.Locator("ol.transcript mark").AllInnerTextsAsync();
        Assert.Contains("Does it actually sync with HubSpot?", marks);
        Assert.Contains("warehouse", await page.Locator("[data-widget=session-deliveries] td").AllInnerTextsAsync());
        Assert.Contains("Tier 1", await page.Locator("[data-widget=session-score] .note").InnerTextAsync(), StringComparison.Ordinal);
        await watched.ScreenshotAsync("session-view");
        Assert.Empty(watched.Problems);
    }

    [Fact]
    public async Task NoKey_AsksForItOnce_AWrongKeyIsRefusedAndAskedAgain()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;

        await page.GotoAsync(Url("/dashboard?view=session&id=view-1"));
        await page.GetByLabel("API key", new() { Exact = true }).FillAsync("wrong-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the dashboard" }).ClickAsync();
        await page.Locator("#key-error").Filter(new() { HasTextString = "refused" }).WaitForAsync();
        await page.GetByLabel("API key", new() { Exact = true }).FillAsync(ApiHost.Key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the dashboard" }).ClickAsync();
        await page.Locator("ol.transcript li").First.WaitForAsync();
        await page.ReloadAsync();
        await page.Locator("ol.transcript li").First.WaitForAsync();

        Assert.True(await page.Locator("#key-prompt").IsHiddenAsync());
        // The one refused request, and Chromium's console line about it; nothing else went wrong.
        Assert.Contains("HTTP 401: GET " + Url("/api/sessions/view-1?include=transcript"), watched.Problems);
        Assert.All(watched.Problems, p => Assert.Contains("401", p, StringComparison.Ordinal));
        Assert.Equal(2, watched.Problems.Count);
    }
}
