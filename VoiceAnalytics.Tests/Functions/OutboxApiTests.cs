using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Functions;

public sealed class OutboxApiTests : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async Task InitializeAsync() => _host = await ApiHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Get_ListsWhatSinksWouldHaveSent()
    {
        await _host.Services.GetRequiredService<IOutbox>().WriteAsync("slack", "#sales", "k1", "s-9", "{\"text\":\"hot lead\"}", CancellationToken.None);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/outbox?sink=slack");
        request.Headers.Add("x-functions-key", ApiHost.Key);

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var entry = Assert.Single(body.RootElement.EnumerateArray());
        Assert.Equal("hot lead", entry.GetProperty("payload").GetProperty("text").GetString());
        Assert.Equal("s-9", entry.GetProperty("session_id").GetString());
    }

    [Fact]
    public async Task Get_WithoutKey_401()
    {
        using var response = await _host.Client.GetAsync(new Uri("/api/outbox", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
