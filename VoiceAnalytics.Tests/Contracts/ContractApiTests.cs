using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Contracts;

/// <summary>The contract through the real local host: what is accepted is analyzed, what is refused says why, briefly.</summary>
public sealed class ContractApiTests : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async Task InitializeAsync() => _host = await ApiHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_NullMetricsToolCallsAndContent_202ThenAnalyzed()
    {
        var node = PayloadContractTests.FullNode();
        node["session_id"] = "contract-null-1";
        node["metrics"] = null;
        node["tool_calls"] = null;
        node["model_usage"] = null;
        node["transcript"]!["items"]![0]!["content"] = null;
        node["transcript"]!["items"]![0]!["id"] = null;

        using var response = await _host.Client.SendAsync(SessionsClient.Post(Encoding.UTF8.GetBytes(node.ToJsonString())));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var status = await SessionsClient.WaitForStatusAsync(_host.Client, "contract-null-1", "analyzed");
        Assert.Equal(JsonValueKind.Object, status.GetProperty("report").GetProperty("results").ValueKind);
    }

    /// <summary>Issue 11: bad entries in the agent-defined sections are skipped, listed as warnings, and the call is analyzed.</summary>
    [Fact]
    public async Task Post_GarbageMetricsAndToolEntries_202WithWarningsThenAnalyzedWithTheTranscript()
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(TestData.RepoRoot, "samples", "livekit-1.7", "garbage_entries.json")))!;
        node["session_id"] = "contract-garbage-1";

        using var response = await _host.Client.SendAsync(SessionsClient.Post(Encoding.UTF8.GetBytes(node.ToJsonString())));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(13, accepted.GetProperty("warning_count").GetInt32());
        Assert.False(accepted.GetProperty("warnings_truncated").GetBoolean());
        var warnings = accepted.GetProperty("warnings").EnumerateArray().ToList();
        Assert.Equal(13, warnings.Count);
        Assert.Contains(warnings, w => w.GetProperty("path").GetString() == "$.metrics[2].ttft");
        Assert.All(warnings, w => Assert.Contains("skipped", w.GetProperty("message").GetString(), StringComparison.Ordinal));

        var status = await SessionsClient.WaitForStatusAsync(_host.Client, "contract-garbage-1", "analyzed");
        var report = status.GetProperty("report");
        Assert.Equal(13, report.GetProperty("payload_warning_count").GetInt32());
        Assert.Equal(
            warnings.Select(w => w.GetProperty("path").GetString()),
            report.GetProperty("payload_warnings").EnumerateArray().Select(w => w.GetProperty("path").GetString()));
        var turns = report.GetProperty("results").GetProperty("conversation_quality").GetProperty("turn_balance");
        Assert.Equal(4, turns.GetProperty("user_turns").GetInt32()); // the fixture's 4 user messages, all kept
        Assert.True(turns.GetProperty("agent_turns").GetInt32() > 0);
    }

    [Fact]
    public async Task Post_FiftyThousandBadMetricsEntries_202WithTheFirstHundredWarningsAndTheCount()
    {
        var node = JsonNode.Parse(Payloads.Minimal("contract-many-warnings-1"))!;
        node["metrics"] = new JsonArray([.. Enumerable.Range(0, 50_000).Select(_ => (JsonNode)new JsonObject())]);

        using var response = await _host.Client.SendAsync(SessionsClient.Post(Encoding.UTF8.GetBytes(node.ToJsonString())));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(text.Length < 64 * 1024, $"{text.Length} characters");
        var accepted = JsonDocument.Parse(text).RootElement;
        Assert.Equal(100, accepted.GetProperty("warnings").GetArrayLength());
        Assert.Equal(50_000, accepted.GetProperty("warning_count").GetInt32());
        Assert.True(accepted.GetProperty("warnings_truncated").GetBoolean());
    }

    [Fact]
    public async Task Post_InvalidUtf8InSessionId_400WithThePath()
    {
        var json = Encoding.UTF8.GetBytes(Payloads.Minimal("contract-utf8-X"));
        var at = json.AsSpan().IndexOf("contract-utf8-X"u8) + "contract-utf8-".Length;
        json[at] = 0xFF;

        using var response = await _host.Client.SendAsync(SessionsClient.Post(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("$.session_id", problem.GetProperty("errors")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task Post_ManyFaults_400ListsTheFirstHundredWithTheCountAndStaysSmall()
    {
        var node = JsonNode.Parse(Payloads.Minimal("contract-many-1"))!;
        node["transcript"]!["items"] = new JsonArray([.. Enumerable.Range(0, 50_000).Select(_ => (JsonNode)new JsonObject())]);

        using var response = await _host.Client.SendAsync(SessionsClient.Post(Encoding.UTF8.GetBytes(node.ToJsonString())));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(text.Length < 64 * 1024, $"{text.Length} characters");
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(100, problem.GetProperty("errors").GetArrayLength());
        Assert.Equal(50_000, problem.GetProperty("error_count").GetInt32());
        Assert.True(problem.GetProperty("errors_truncated").GetBoolean());
    }

    [Fact]
    public async Task Post_OneFault_NotTruncated()
    {
        var node = JsonNode.Parse(Payloads.Minimal("contract-one-1"))!;
        node["duration_seconds"] = "long";

        using var response = await _host.Client.SendAsync(SessionsClient.Post(Encoding.UTF8.GetBytes(node.ToJsonString())));

        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, problem.GetProperty("error_count").GetInt32());
        Assert.False(problem.GetProperty("errors_truncated").GetBoolean());
    }
}
