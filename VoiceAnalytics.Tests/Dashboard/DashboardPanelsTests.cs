using System.Globalization;
using Microsoft.Playwright;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Dashboard;

/// <summary>
/// The dashboard in headless Chromium over a warehouse seeded with known calls (<see cref="SeededDashboard"/>): the
/// figures those calls imply, every filter changing them, the filters in the URL, refresh without a reload, print.
/// Any console error or failed request fails a test. Screenshots of each panel go to .artifacts/dashboard-screenshots.
/// </summary>
public sealed class DashboardPanelsTests(DashboardBrowser browser, SeededDashboard seeded)
    : IClassFixture<DashboardBrowser>, IClassFixture<SeededDashboard>
{
    private static readonly string[] PanelIds = ["performance", "business", "quality", "knowledge", "sales", "trends"];

    private string Url(string query) => new Uri(seeded.Host.Client.BaseAddress!, "/dashboard?" + query + "#key=" + ApiHost.Key).ToString();

    [Fact]
    public async Task Panels_ShowWhatTheSeededCallsImply_WithAScreenshotOfEach()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        var calls = seeded.InWindow.ToList();
        var tier1 = calls.Count(f => f.Tier == "Tier 1");
        var positive = calls.Count(f => f.Sentiment == "positive");

        await page.GotoAsync(Url(seeded.Query));
        await WaitLoadedAsync(page);

        Assert.Equal(8, calls.Count);
        Assert.Equal("8", await ValueAsync(page, "calls"));
        Assert.Contains("was 2", await page.Locator("[data-widget=calls] [data-compare=previous]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(tier1.ToString(CultureInfo.InvariantCulture), await ValueAsync(page, "tier1"));
        Assert.Equal(Percent(tier1, 8), await ValueAsync(page, "conversion"));
        Assert.Equal("1", await ValueAsync(page, "active-now")); // only the call of 7 minutes ago
        Assert.StartsWith(Percent(positive, 8) + " positive", await page.Locator("[data-widget=sentiment] .note").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Salesforce", await page.Locator("[data-widget=revenue-pipeline] [data-unavailable]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("of 8 calls", await page.Locator("[data-widget=error-rate] .note").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains($"of {calls.Sum(f => f.Searches)} searches", await page.Locator("[data-widget=search-success] .note").InnerTextAsync(), StringComparison.Ordinal);
        var buckets = calls.GroupBy(f => f.Score switch { <= 20 => "0-20", <= 40 => "21-40", <= 60 => "41-60", <= 80 => "61-80", _ => "81-100" })
            .Select(g => $"{g.Key} ({g.Count()})").Order(StringComparer.Ordinal);
        Assert.Equal(buckets, (await page.Locator("[data-widget=lead-scores] button[data-drill=hot_lead]").AllInnerTextsAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(calls.Max(f => f.Score).ToString(CultureInfo.InvariantCulture), (await page.Locator("[data-widget=hot-leads] tbody tr").First.Locator("td").Nth(1).InnerTextAsync()).Trim());
        foreach (var panel in PanelIds)
        {
            Assert.True(await page.Locator($"#panel-{panel} [data-widget]").CountAsync() > 0, $"panel {panel} drew no widget");
            await watched.ScreenshotAsync("panel-" + panel, page.Locator("#panel-" + panel));
        }

        await watched.ScreenshotAsync("dashboard");
        Assert.Empty(watched.Problems);
    }

    [Fact]
    public async Task EveryFilter_ChangesTheFigures_AndTheUrlCarriesIt()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        var calls = seeded.InWindow.ToList();
        var industry = calls.Select(f => f.Industry).First(i => i is not null)!;
        var cases = new (string Name, string Label, string Value, int Expected)[]
        {
            ("tier", "Qualification tier", "1", calls.Count(f => f.Tier == "Tier 1")),
            ("tier", "Qualification tier", "2", calls.Count(f => f.Tier == "Tier 2")),
            ("sentiment", "Sentiment", "negative", calls.Count(f => f.Sentiment == "negative")),
            ("sentiment", "Sentiment", "positive", calls.Count(f => f.Sentiment == "positive")),
            ("industry", "Industry", industry, calls.Count(f => f.Industry == industry)),
            ("agent_version", "Agent version", calls[0].AgentVersion, calls.Count(f => f.AgentVersion == calls[0].AgentVersion)),
        };
        await page.GotoAsync(Url(seeded.Query));
        await WaitLoadedAsync(page);

        foreach (var (name, label, value, expected) in cases)
        {
            await page.GetByLabel(label, new() { Exact = true }).SelectOptionAsync(value);
            await page.WaitForURLAsync(url => url.Contains(name + "=" + Uri.EscapeDataString(value).Replace("%20", "+", StringComparison.Ordinal), StringComparison.Ordinal) || url.Contains(name + "=" + Uri.EscapeDataString(value), StringComparison.Ordinal));
            await WaitLoadedAsync(page);
            Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), await ValueAsync(page, "calls"));

            // The same URL in a new tab shows the same view.
            await using var shared = await browser.OpenAsync();
            await shared.Page.GotoAsync(page.Url + "#key=" + ApiHost.Key);
            await WaitLoadedAsync(shared.Page);
            Assert.Equal(value, await shared.Page.GetByLabel(label, new() { Exact = true }).InputValueAsync());
            Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), await ValueAsync(shared.Page, "calls"));
            Assert.Empty(shared.Problems);

            await page.GetByLabel(label, new() { Exact = true }).SelectOptionAsync("");
            await WaitLoadedAsync(page);
            Assert.Equal("8", await ValueAsync(page, "calls"));
        }

        Assert.Empty(watched.Problems);
    }

    [Fact]
    public async Task DrillDown_AnIndustryOpensItsCalls_ACallOpensReadably_BackReturns()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        var calls = seeded.InWindow.ToList();
        var industry = calls.Select(f => f.Industry).First(i => i is not null)!;
        var expected = calls.Where(f => f.Industry == industry).Select(f => f.SessionId).Order(StringComparer.Ordinal).ToList();
        await page.GotoAsync(Url(seeded.Query));
        await WaitLoadedAsync(page);

        await page.Locator("[data-widget=top-industries] button[data-drill=industry]").Filter(new() { HasTextString = industry }).ClickAsync();
        await WaitLoadedAsync(page);
        var listed = (await page.Locator("[data-widget=drill-sessions] a[data-session]").AllInnerTextsAsync()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, listed);
        await watched.ScreenshotAsync("drill-down-list");

        await page.Locator("[data-widget=drill-sessions] a[data-session]").First.ClickAsync();
        await WaitLoadedAsync(page);
        Assert.True(await page.Locator("ol.transcript li").CountAsync() > 3);
        Assert.True(await page.Locator("ol.transcript mark").CountAsync() > 0, "no evidence highlighted");

        await page.GoBackAsync();
        await WaitLoadedAsync(page);
        await page.GoBackAsync();
        await WaitLoadedAsync(page);
        Assert.Equal(calls.Count.ToString(CultureInfo.InvariantCulture), await ValueAsync(page, "calls"));
        Assert.Empty(watched.Problems);
    }

    [Fact]
    public async Task AMinuteLater_ANewCallShowsWithoutAReload()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        // A whole hour of its own, 8 hours back, so the other tests' figures stay as they are.
        var from = seeded.HourStart.AddHours(-8);
        var query = "range=custom&from=" + Uri.EscapeDataString(SeededDashboard.Iso(from)) + "&to=" + Uri.EscapeDataString(SeededDashboard.Iso(from.AddHours(1)));
        await page.Clock.InstallAsync();
        await page.GotoAsync(Url(query));
        await WaitLoadedAsync(page);
        Assert.Equal("0", await ValueAsync(page, "calls"));
        await page.EvaluateAsync("window.__sameDocument = true");

        var file = Directory.GetFiles(Path.Combine(TestData.SharedDir, "data", "calls"), "dev-011.json").Single();
        await seeded.SeedAsync(file, "dash-late", from.AddMinutes(30), "1.7.0");
        await page.Clock.RunForAsync(61_000);
        await page.Locator("[data-widget=calls] [data-value]").Filter(new() { HasTextString = "1" }).WaitForAsync();

        Assert.True(await page.EvaluateAsync<bool>("window.__sameDocument === true"), "the page was reloaded");
        Assert.Empty(watched.Problems);
    }

    [Fact]
    public async Task EveryControl_HasAnAccessibleName_AndPrintHidesTheControls()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync(Url(seeded.Query));
        await WaitLoadedAsync(page);

        var unnamed = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('select, input, button, canvas, a')].filter(e => e.offsetParent !== null && !(e.getAttribute('aria-label') || (e.labels && e.labels.length) || e.textContent.trim())).map(e => e.outerHTML.slice(0, 80))");
        Assert.Empty(unnamed);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.GetByLabel("Qualification tier", new() { Exact = true }).IsVisibleAsync());
        Assert.True(await page.Locator("#panel-business [data-widget=calls]").IsVisibleAsync());
        await page.PdfAsync(new() { Path = Path.Combine(DashboardBrowser.ScreenshotFolder, "dashboard-print.pdf") });
        Assert.Empty(watched.Problems);
    }

    /// <summary>Waits until every panel request of the current view has been drawn.</summary>
    private static async Task WaitLoadedAsync(IPage page)
    {
        await page.Locator("body[data-state=ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    private static async Task<string> ValueAsync(IPage page, string widget) =>
        (await page.Locator($"[data-widget={widget}] [data-value]").InnerTextAsync()).Trim();

    private static string Percent(int part, int whole) => (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
