using System.Net;
using System.Text.Json;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Dashboard;

/// <summary><c>GET /api/sessions/{id}?include=transcript</c>: what the dashboard's session view reads.</summary>
public sealed class SessionTranscriptApiTests : IAsyncLifetime
{
    private ApiHost _host = null!;

    private HttpClient Client => _host.Client;

    public async Task InitializeAsync() => _host = await ApiHost.StartAsync(new Dictionary<string, string?> { ["Ingest:MaxBodyBytes"] = "400000" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task IncludeTranscript_EveryEvidenceQuoteIsTheTextOfItsItemBetweenStartAndEnd()
    {
        using var post = await Client.SendAsync(SessionsClient.Post(Payloads.SharedWithId("qualified_meeting_booked.json", "tx-1")));
        await SessionsClient.WaitForStatusAsync(Client, "tx-1", "analyzed");

        var session = await GetAsync("/api/sessions/tx-1?include=transcript");

        var entries = session.GetProperty("transcript").EnumerateArray().ToDictionary(e => e.GetProperty("item_id").GetString()!, e => e.GetProperty("text").GetString()!);
        Assert.Contains(session.GetProperty("transcript").EnumerateArray(), e => e.GetProperty("type").GetString() == "message" && e.GetProperty("role").GetString() == "user");
        var evidence = Evidence(session.GetProperty("report")).ToList();
        Assert.True(evidence.Count >= 5, $"{evidence.Count} evidence quotes");
        foreach (var (itemId, start, end, quote) in evidence)
        {
            Assert.True(entries.TryGetValue(itemId, out var text), $"no transcript entry {itemId}");
            Assert.Equal(quote, text[start..end]);
        }
    }

    [Fact]
    public async Task WithoutInclude_NoTranscriptField()
    {
        using var post = await Client.SendAsync(SessionsClient.Post(System.Text.Encoding.UTF8.GetBytes(Payloads.Minimal("tx-2"))));
        await SessionsClient.WaitForStatusAsync(Client, "tx-2", "analyzed");

        var session = await GetAsync("/api/sessions/tx-2");

        Assert.False(session.TryGetProperty("transcript", out _));
    }

    [Fact]
    public async Task UnknownInclude_400NamingTheParameter()
    {
        using var response = await Client.SendAsync(Get("/api/sessions/tx-3?include=everything"));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("include", problem.RootElement.GetProperty("errors")[0].GetProperty("path").GetString());
    }

    private async Task<JsonElement> GetAsync(string path)
    {
        using var response = await Client.SendAsync(Get(path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static HttpRequestMessage Get(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("x-functions-key", ApiHost.Key);
        return request;
    }

    /// <summary>Every evidence object of the report: {quote, item_id, start, end}.</summary>
    private static IEnumerable<(string ItemId, int Start, int End, string Quote)> Evidence(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            if (node.TryGetProperty("item_id", out var item) && node.TryGetProperty("start", out var start) && node.TryGetProperty("end", out var end) && node.TryGetProperty("quote", out var quote))
            {
                yield return (item.GetString()!, start.GetInt32(), end.GetInt32(), quote.GetString()!);
            }

            foreach (var property in node.EnumerateObject())
            {
                foreach (var found in Evidence(property.Value))
                {
                    yield return found;
                }
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in node.EnumerateArray())
            {
                foreach (var found in Evidence(child))
                {
                    yield return found;
                }
            }
        }
    }
}
