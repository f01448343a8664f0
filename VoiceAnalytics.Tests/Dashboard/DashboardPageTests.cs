using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using VoiceAnalytics.Functions.Functions.Http;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Dashboard;

/// <summary>The dashboard's page and files over the real local host: no key needed, nothing from elsewhere.</summary>
public sealed class DashboardPageTests : IAsyncLifetime
{
    private ApiHost _host = null!;

    private HttpClient Client => _host.Client;

    public async Task InitializeAsync() => _host = await ApiHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ShortLocalAddress_RedirectsToTheFunctionRouteWithTheQuery()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = Client.BaseAddress };

        using var response = await client.GetAsync(new Uri("/dashboard?range=7d&tier=1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/api/dashboard?range=7d&tier=1", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Page_WithoutAKey_HtmlThatLoadsOnlyItsOwnFiles()
    {
        using var response = await Client.GetAsync(new Uri("/api/dashboard", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(DashboardPage.Policy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("dashboard/assets/chart.umd.min.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dashboard.js", "text/javascript")]
    [InlineData("dashboard-panels.js", "text/javascript")]
    [InlineData("dashboard.css", "text/css")]
    [InlineData("chart.umd.min.js", "text/javascript")]
    [InlineData("chart.js.LICENSE.md", "text/markdown")]
    [InlineData("kurkle-color.LICENSE.md", "text/markdown")]
    public async Task Asset_Embedded_ServedWithItsType(string name, string mediaType)
    {
        using var response = await Client.GetAsync(new Uri("/api/dashboard/assets/" + name, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.True(text.Length > 100, $"{name} is {text.Length} characters");
    }

    [Fact]
    public async Task VendoredChartJs_IsThePinnedVersionWithItsMitLicence()
    {
        var script = await Client.GetStringAsync(new Uri("/api/dashboard/assets/chart.umd.min.js", UriKind.Relative));
        var licence = await Client.GetStringAsync(new Uri("/api/dashboard/assets/chart.js.LICENSE.md", UriKind.Relative));
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestData.RepoRoot, "VoiceAnalytics.Functions", "Dashboard", "package.json")));

        Assert.Equal("4.6.1", package.RootElement.GetProperty("dependencies").GetProperty("chart.js").GetString());
        Assert.Contains("Chart.js v4.6.1", script, StringComparison.Ordinal);
        Assert.Contains("MIT License", licence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asset_SameETagAgain_304()
    {
        using var first = await Client.GetAsync(new Uri("/api/dashboard/assets/dashboard.js", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard/assets/dashboard.js");
        again.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(first.Headers.ETag!.ToString()));

        using var second = await Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("nothing.js")]
    [InlineData("..%2FVoiceAnalytics.Functions.dll")]
    [InlineData("%2Fetc%2Fpasswd")]
    public async Task Asset_Unknown_404Problem(string name)
    {
        using var response = await Client.GetAsync(new Uri("/api/dashboard/assets/" + name, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
