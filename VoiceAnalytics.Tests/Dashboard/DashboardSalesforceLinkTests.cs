using VoiceAnalytics.Core.Sinks.Salesforce;
using VoiceAnalytics.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace VoiceAnalytics.Tests.Dashboard;

/// <summary>With Salesforce configured, a hot lead the sink wrote links to its record in the page; one it did not says why.</summary>
public sealed class DashboardSalesforceLinkTests(DashboardBrowser browser) : IClassFixture<DashboardBrowser>, IAsyncLifetime
{
    private const string Query = "range=custom&from=2026-08-18T00:00:00Z&to=2026-08-19T00:00:00Z";
    private ApiHost _host = null!;

    public async Task InitializeAsync()
    {
        // Credentials make Salesforce "configured"; nothing listens at the login URL, so the sink's deliveries fail
        // and the record log stays as the test writes it.
        _host = await ApiHost.StartAsync(new Dictionary<string, string?>
        {
            ["Ingest:MaxBodyBytes"] = "400000", ["Salesforce:ClientId"] = "id", ["Salesforce:ClientSecret"] = "secret",
            ["Salesforce:LoginUrl"] = "http://127.0.0.1:9", ["Salesforce:InstanceUrl"] = "https://acme.my.salesforce.com", ["Salesforce:MaxRetries"] = "0",
        });
        foreach (var id in new[] { "lead-1", "lead-2" })
        {
            using var post = await _host.Client.SendAsync(SessionsClient.Post(Payloads.SharedWithId("qualified_meeting_booked.json", id)));
            await SessionsClient.WaitForStatusAsync(_host.Client, id, "analyzed");
        }

        await _host.Services.GetRequiredService<ISalesforceRecordLog>().SaveAsync(
            new SalesforceRecords("lead-1", "Contact", "003000000000001AAA", "a01000000000001AAA", "https://acme.my.salesforce.com", DateTimeOffset.UtcNow), CancellationToken.None);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task HotLeads_DeliveredLeadLinksToItsRecord_TheOtherSaysWhyNot()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;

        await page.GotoAsync(new Uri(_host.Client.BaseAddress!, $"/dashboard?{Query}#key={ApiHost.Key}").ToString());
        var rows = page.Locator("[data-widget=hot-leads] tbody tr");
        await rows.Nth(1).WaitForAsync();

        var link = page.Locator("[data-widget=hot-leads] a[href^='https://acme.my.salesforce.com/']");
        Assert.Equal("https://acme.my.salesforce.com/003000000000001AAA", await link.GetAttributeAsync("href"));
        Assert.Equal("Contact", (await link.InnerTextAsync()).Trim());
        Assert.Equal("noopener noreferrer", await link.GetAttributeAsync("rel"));
        var none = page.Locator("[data-widget=hot-leads] span.note", new() { HasTextString = "no link" });
        Assert.Contains("Not in Salesforce yet", await none.GetAttributeAsync("title"), StringComparison.Ordinal);
        await watched.ScreenshotAsync("hot-leads-salesforce");
        Assert.Empty(watched.Problems);
    }
}
