using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Functions;

/// <summary>
/// Issue 10: a failed session can be analyzed again (the same body re-POSTed, or <c>POST /api/sessions/{id}/retry</c>),
/// a duplicate answers with the session's real status, and the same JSON written differently is the same body.
/// </summary>
public sealed class SessionRetryApiTests : IAsyncLifetime
{
    private readonly FailWhileSwitchedOnAnalyzer _analyzer = new();
    private ApiHost _host = null!;

    private HttpClient Client => _host.Client;

    public async Task InitializeAsync() =>
        _host = await ApiHost.StartAsync(services: services => services.AddSingleton<IAnalyzer>(_analyzer));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_SameBodyForFailedSession_202ReceivedThenAnalyzedAgain()
    {
        var body = Encoding.UTF8.GetBytes(Payloads.Minimal("retry-post"));
        await FailAsync(body, "retry-post");

        using var again = await Client.SendAsync(SessionsClient.Post(body));

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal("/api/sessions/retry-post", again.Headers.Location!.OriginalString);
        Assert.Equal("received", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var analyzed = await SessionsClient.WaitForStatusAsync(Client, "retry-post", "analyzed");
        Assert.Equal(JsonValueKind.Null, analyzed.GetProperty("failure_reason").ValueKind);
        Assert.Equal(4, _analyzer.RunsFor("retry-post")); // three failed attempts, then the retried one
    }

    [Fact]
    public async Task Retry_FailedSession_202WithLocationThenAnalyzed()
    {
        var body = Encoding.UTF8.GetBytes(Payloads.Minimal("retry-endpoint"));
        await FailAsync(body, "retry-endpoint");

        using var retry = await Client.SendAsync(RetryRequest("retry-endpoint"));

        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        Assert.Equal("/api/sessions/retry-endpoint", retry.Headers.Location!.OriginalString);
        var answer = await retry.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("retry-endpoint", answer.GetProperty("session_id").GetString());
        Assert.Equal("received", answer.GetProperty("status").GetString());
        await SessionsClient.WaitForStatusAsync(Client, "retry-endpoint", "analyzed");
        Assert.Equal(body, await _host.Services.GetRequiredService<ISessionStore>().GetPayloadAsync("retry-endpoint", CancellationToken.None));
    }

    [Fact]
    public async Task Retry_AnalyzedSession_409ProblemNamingItsStatus_AndNothingRunsAgain()
    {
        using var first = await Client.SendAsync(SessionsClient.Post(Encoding.UTF8.GetBytes(Payloads.Minimal("retry-analyzed"))));
        await SessionsClient.WaitForStatusAsync(Client, "retry-analyzed", "analyzed");

        using var retry = await Client.SendAsync(RetryRequest("retry-analyzed"));
        await Task.Delay(300); // give a wrongly enqueued message time to be processed

        Assert.Equal(HttpStatusCode.Conflict, retry.StatusCode);
        Assert.Equal("application/problem+json", retry.Content.Headers.ContentType!.MediaType);
        var problem = await retry.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("analyzed", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("analyzed", problem.GetProperty("session_status").GetString());
        Assert.Equal(1, _analyzer.RunsFor("retry-analyzed"));
    }

    [Fact]
    public async Task Retry_UnknownSession_404Problem()
    {
        using var retry = await Client.SendAsync(RetryRequest("retry-never-sent"));

        Assert.Equal(HttpStatusCode.NotFound, retry.StatusCode);
        Assert.Equal("application/problem+json", retry.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Retry_NoOrWrongKey_401(string? key)
    {
        var body = Encoding.UTF8.GetBytes(Payloads.Minimal("retry-401"));
        await FailAsync(body, "retry-401");

        using var retry = await Client.SendAsync(RetryRequest("retry-401", key));

        Assert.Equal(HttpStatusCode.Unauthorized, retry.StatusCode);
        Assert.Equal("failed", (await SessionsClient.GetStatusAsync(Client, "retry-401")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Post_DuplicateOfAnalyzedSession_ReportsAnalyzed()
    {
        var body = Encoding.UTF8.GetBytes(Payloads.Minimal("dup-status"));
        using var first = await Client.SendAsync(SessionsClient.Post(body));
        await SessionsClient.WaitForStatusAsync(Client, "dup-status", "analyzed");

        using var second = await Client.SendAsync(SessionsClient.Post(body));

        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        var answer = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(answer.GetProperty("duplicate").GetBoolean());
        Assert.Equal("analyzed", answer.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Post_SameJsonWithOtherWhitespaceAndKeyOrder_IsADuplicate_FirstBodyKept()
    {
        var compact = Encoding.UTF8.GetBytes(Payloads.Minimal("dup-equivalent"));
        var reordered = Encoding.UTF8.GetBytes(Reordered(JsonNode.Parse(compact)!).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        Assert.NotEqual(compact, reordered);
        using var first = await Client.SendAsync(SessionsClient.Post(compact));
        await SessionsClient.WaitForStatusAsync(Client, "dup-equivalent", "analyzed");

        using var second = await Client.SendAsync(SessionsClient.Post(reordered));

        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.True((await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicate").GetBoolean());
        Assert.Equal(compact, await _host.Services.GetRequiredService<ISessionStore>().GetPayloadAsync("dup-equivalent", CancellationToken.None));
        Assert.Equal(1, _analyzer.RunsFor("dup-equivalent"));
    }

    /// <summary>Posts a body whose analysis fails until the session shows failed, then lets the analyzer succeed.</summary>
    private async Task FailAsync(byte[] body, string sessionId)
    {
        _analyzer.FailFor(sessionId);
        using var response = await Client.SendAsync(SessionsClient.Post(body));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await SessionsClient.WaitForStatusAsync(Client, sessionId, "failed");
        _analyzer.Heal(sessionId);
    }

    private static HttpRequestMessage RetryRequest(string sessionId, string? key = ApiHost.Key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{sessionId}/retry");
        if (key is not null)
        {
            request.Headers.Add("x-functions-key", key);
        }

        return request;
    }

    /// <summary>The same document with every object's keys in reverse order.</summary>
    private static JsonNode Reordered(JsonNode node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Reordered(p.Value.DeepClone())))),
        JsonArray array => new JsonArray([.. array.Select(i => i is null ? null : Reordered(i.DeepClone()))]),
        _ => node.DeepClone(),
    };

    /// <summary>Throws for the sessions it is told to fail; counts runs per session.</summary>
    private sealed class FailWhileSwitchedOnAnalyzer : Analyzer<TestRunCount>
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _runs = new();
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _failing = new();

        public override string Name => "fail_while_switched_on";

        public override int Version => 1;

        public int RunsFor(string sessionId) => _runs.GetValueOrDefault(sessionId);

        public void FailFor(string sessionId) => _failing[sessionId] = true;

        public void Heal(string sessionId) => _failing.TryRemove(sessionId, out _);

        public override TestRunCount Analyze(AnalysisInput input)
        {
            var runs = _runs.AddOrUpdate(input.Session.SessionId, 1, (_, n) => n + 1);
            return _failing.ContainsKey(input.Session.SessionId)
                ? throw new InvalidOperationException("failing on purpose")
                : new TestRunCount(runs);
        }
    }
}
