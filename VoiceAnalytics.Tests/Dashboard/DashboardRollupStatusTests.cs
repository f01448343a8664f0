using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VoiceAnalytics.Core.Warehouse.Dashboard;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Dashboard;

/// <summary>While an older file's rollups are built the page says its figures are partial, and stops saying so when the build ends.</summary>
public sealed class DashboardRollupStatusTests(DashboardBrowser browser) : IClassFixture<DashboardBrowser>, IAsyncLifetime
{
    private ApiHost _host = null!;

    public async Task InitializeAsync() => _host = await ApiHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RollupBuild_ShownWhileUnderWay_GoneOnTheRefreshAfterItEnds()
    {
        // The host's own builds find nothing to do on its empty file, so "figures" is the test's alone.
        var progress = _host.Services.GetRequiredService<DashboardRollupProgress>();
        progress.Report(DashboardRollupProgress.Figures, 250_000, 1_000_000);
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;

        await page.GotoAsync(new Uri(_host.Client.BaseAddress!, "/dashboard#key=" + ApiHost.Key).ToString());
        var status = page.Locator("[data-widget=rollup-status]");
        await status.WaitForAsync();

        Assert.Contains("figures 250,000 of 1,000,000", await status.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("count only the calls rolled up so far", await status.InnerTextAsync(), StringComparison.Ordinal);

        progress.Finish(DashboardRollupProgress.Figures, 1_000_000, 1_000_000);
        await page.GetByRole(AriaRole.Button, new() { Name = "Refresh now" }).ClickAsync();
        await status.WaitForAsync(new() { State = WaitForSelectorState.Hidden });

        Assert.True(await status.IsHiddenAsync());
        Assert.Empty(watched.Problems);
    }
}
