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
        node["metrics"] = new JsonArray([.. Enumerable.Range(0, 50_000).Select(_ => (JsonNode)new JsonObject())]);

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
