using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Sinks.Redelivery;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Functions;

/// <summary>
/// Issue 4's "done when": a session posted to the app as it runs locally (no destination configured) produces the
/// outbox entries of every destination, and each sink shows as delivered in GET /api/sessions/{id}.
/// </summary>
public sealed class UnconfiguredDestinationsTests : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async Task InitializeAsync() => _host = await ApiHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task PostedSession_EverySinkWritesWhatItWouldSendToTheOutbox()
    {
        using var accepted = await _host.Client.SendAsync(SessionsClient.Post(Payloads.SharedWithId("qualified_meeting_booked.json", "e2e-1")));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);

        var deliveries = await WaitForDeliveriesAsync("e2e-1", ["warehouse", "salesforce", "amplitude", "slack-alerts"]);

        Assert.All(deliveries, d => Assert.Equal("delivered", d.GetProperty("status").GetString()));
        var outbox = await OutboxAsync("e2e-1");
        Assert.Contains(("salesforce", "Voice_Call__c"), outbox);
        Assert.Contains(("salesforce", "Lead"), outbox);
        Assert.Contains(("amplitude", "httpapi"), outbox);
        Assert.Contains(("slack", "#sales"), outbox);
    }

    [Fact]
    public async Task EverySinkDeliveringTheSameSessionAgain_LeavesTheOutboxAsItWas()
    {
        using (var accepted = await _host.Client.SendAsync(SessionsClient.Post(Payloads.SharedWithId("qualified_meeting_booked.json", "e2e-2"))))
        {
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }

        await WaitForDeliveriesAsync("e2e-2", ["warehouse", "salesforce", "amplitude", "slack-alerts"]);
        var before = await OutboxAsync("e2e-2");

        // As after a crash between a sink's effect and its ledger record: each sink gets the same session once more.
        var store = _host.Services.GetRequiredService<ISessionStore>();
        var session = PayloadParser.Parse((await store.GetPayloadAsync("e2e-2", CancellationToken.None))!).Payload!;
        var report = new StoredReportReader(_host.Services.GetServices<IAnalyzer>()).Read((await store.GetAsync("e2e-2", CancellationToken.None))!.ReportJson!);
        foreach (var sink in _host.Services.GetServices<ISessionSink>())
        {
            await sink.DeliverAsync(session, report, CancellationToken.None);
        }

        Assert.NotEmpty(before);
        Assert.Equal(before, await OutboxAsync("e2e-2"));
    }

    private async Task<List<JsonElement>> WaitForDeliveriesAsync(string sessionId, string[] sinks)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var status = await SessionsClient.GetStatusAsync(_host.Client, sessionId);
            if (status.TryGetProperty("deliveries", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                var deliveries = list.EnumerateArray().ToList();
                if (sinks.All(s => deliveries.Any(d => d.GetProperty("sink").GetString() == s)))
                {
                    return deliveries;
                }
            }

            Assert.True(DateTime.UtcNow < deadline, $"Deliveries did not finish: {status}");
            await Task.Delay(100);
        }
    }

    private async Task<List<(string Sink, string Destination)>> OutboxAsync(string sessionId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/outbox?session_id={sessionId}");
        request.Headers.Add("x-functions-key", ApiHost.Key);
        using var response = await _host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. body.RootElement.EnumerateArray().Select(e => (e.GetProperty("sink").GetString()!, e.GetProperty("destination").GetString()!))];
    }
}
