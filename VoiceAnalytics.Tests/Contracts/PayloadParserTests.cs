using System.Text;
using System.Text.Json.Nodes;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.Metrics;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Tests.Contracts;

public sealed class PayloadParserTests
{
    public static TheoryData<string> SharedPayloads() => [.. TestData.PayloadFiles().Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(SharedPayloads))]
    public void Parse_EverySharedPayload_IsValidAndComplete(string fileName)
    {
        var path = TestData.PayloadFiles().Single(f => Path.GetFileName(f) == fileName);
        var raw = JsonNode.Parse(File.ReadAllText(path))!;

        var result = PayloadParser.Parse(File.ReadAllBytes(path));

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        var payload = result.Payload;
        Assert.Equal(raw["session_id"]!.GetValue<string>(), payload.SessionId);
        Assert.Equal(raw["transcript"]!["items"]!.AsArray().Count, payload.Transcript.Items.Count);
        Assert.Equal(raw["metrics"]!.AsArray().Count, payload.Metrics.Count);
        Assert.All(payload.Transcript.Items, item => Assert.NotEqual(typeof(TranscriptItem), item.GetType()));
        Assert.All(payload.Metrics, record => Assert.NotEqual(typeof(MetricsRecord), record.GetType()));
        Assert.NotEmpty(payload.Transcript.Messages);
    }

    [Fact]
    public void Parse_QualifiedCall_ReadsLiveKitShapes()
    {
        var payload = Parse(File.ReadAllBytes(Path.Combine(TestData.SharedDir, "data", "livekit", "qualified_meeting_booked.json")));

        var firstUser = payload.Transcript.Messages.First(m => m.IsUser);
        Assert.NotNull(firstUser.TranscriptConfidence);
        Assert.NotNull(firstUser.Metrics?.EndOfTurnDelay);
        var call = payload.Transcript.Items.OfType<FunctionCallItem>().First();
        Assert.Equal("unleash_search_knowledge", call.Name);
        Assert.NotNull(call.ParsedArguments()?.GetProperty("query").GetString());
        Assert.Contains(payload.Transcript.Items, i => i is AgentHandoffItem { NewAgentId: "trial_success_agent" });
        Assert.Contains(payload.Transcript.Items, i => i is AgentConfigUpdateItem { Instructions: not null });
        Assert.Contains(payload.Metrics, m => m is LlmMetrics { Ttft: > 0, Metadata.ModelName: "gpt-4.1-mini" });
        Assert.Equal(20262, payload.UsageSummary!.LlmPromptTokens);
        Assert.Equal(3, payload.ModelUsage.Count);
        Assert.Equal("book_sales_meeting", payload.ToolCalls[^1].Name);
        Assert.Equal(0.12, payload.ConnectionQuality!.PacketLoss);
        Assert.StartsWith("{", payload.Participant!.Metadata, StringComparison.Ordinal);
        Assert.Equal(283.999, payload.EffectiveDurationSeconds);
    }

    [Fact]
    public void Parse_UnknownItemAndMetricsTypesAndFields_KeptAndSkipped()
    {
        var node = MinimalNode();
        node["transcript"]!["items"]!.AsArray().Add(new JsonObject { ["id"] = "x", ["type"] = "future_item", ["created_at"] = 3.0, ["payload"] = new JsonObject() });
        node["metrics"] = new JsonArray(
            new JsonObject { ["type"] = "future_metrics", ["timestamp"] = 1.0, ["ttft"] = 0.4 },
            new JsonObject { ["type"] = "llm_metrics", ["timestamp"] = 2.0, ["ttft"] = -1, ["new_field"] = "x" });
        node["brand_new_envelope_field"] = 1;

        var payload = Parse(Encoding.UTF8.GetBytes(node.ToJsonString()));

        Assert.Equal(typeof(TranscriptItem), payload.Transcript.Items[^1].GetType());
        Assert.Equal("x", payload.Transcript.Items[^1].Id);
        Assert.Equal(typeof(MetricsRecord), payload.Metrics[0].GetType());
        var llm = Assert.IsType<LlmMetrics>(payload.Metrics[1]);
        Assert.Null(llm.TtftOrNull);
    }

    [Fact]
    public void Parse_OlderAgentWithoutPerMessageMetrics_IsValid()
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(TestData.SharedDir, "data", "livekit", "abandoned_short_call.json")))!;
        foreach (var item in node["transcript"]!["items"]!.AsArray())
        {
            item!.AsObject().Remove("metrics");
            item.AsObject().Remove("transcript_confidence");
        }

        node["agent_sdk_version"] = "1.1.0";
        node.AsObject().Remove("model_usage");

        var payload = Parse(Encoding.UTF8.GetBytes(node.ToJsonString()));

        Assert.All(payload.Transcript.Messages, m => Assert.Null(m.Metrics));
        Assert.Empty(payload.ModelUsage);
    }

    [Fact]
    public void Parse_ContentWithImagePart_KeepsOnlyText()
    {
        var node = MinimalNode();
        node["transcript"]!["items"]![1]!["content"] = new JsonArray("look at this", new JsonObject { ["type"] = "image_content", ["image"] = "..." });

        var payload = Parse(Encoding.UTF8.GetBytes(node.ToJsonString()));

        Assert.Equal("look at this", payload.Transcript.Messages.Last().Text);
    }

    [Fact]
    public void Parse_ManyFaults_ReportsEveryPath()
    {
        var node = MinimalNode();
        node.AsObject().Remove("session_id");
        node["start_time"] = "yesterday";
        node["duration_seconds"] = "long";
        node["transcript"]!["items"]![1]!["role"] = 5;
        node["transcript"]!["items"]![1]!["interrupted"] = "no";
        node["metrics"] = new JsonArray(new JsonObject { ["timestamp"] = "soon" });
        node["tool_calls"] = new JsonArray(7);
        node["connection_quality"] = new JsonObject { ["jitter"] = "high" };

        var result = PayloadParser.Parse(Encoding.UTF8.GetBytes(node.ToJsonString()));

        // The agent-defined sections (metrics, tool_calls, connection_quality) would only be warnings; the strict part refuses.
        Assert.False(result.IsValid);
        Assert.Equal(
            ["$.duration_seconds", "$.session_id", "$.start_time", "$.transcript.items[1].interrupted", "$.transcript.items[1].role"],
            result.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"session_id\": \"a\", ")]
    [InlineData("\uFEFF{}")]
    [InlineData("{\"a\": 1} {\"b\": 2}")]
    public void Parse_NotAJsonObject_OneRootError(string body)
    {
        var result = PayloadParser.Parse(Encoding.UTF8.GetBytes(body));

        var error = Assert.Single(result.Errors);
        Assert.Equal("$", error.Path);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("../etc/passwd")]
    [InlineData("-leading-dash")]
    public void Parse_UnsafeSessionId_Rejected(string sessionId)
    {
        var node = MinimalNode();
        node["session_id"] = sessionId;

        var result = PayloadParser.Parse(Encoding.UTF8.GetBytes(node.ToJsonString()));

        Assert.Contains(result.Errors, e => e.Path == "$.session_id");
    }

    [Fact]
    public void Parse_MissingTranscript_Rejected()
    {
        var node = MinimalNode();
        node.AsObject().Remove("transcript");

        var result = PayloadParser.Parse(Encoding.UTF8.GetBytes(node.ToJsonString()));

        Assert.Equal("$.transcript", Assert.Single(result.Errors).Path);
    }

    private static JsonNode MinimalNode() => JsonNode.Parse(Support.Payloads.Minimal("p-1"))!;

    private static SessionPayload Parse(byte[] body)
    {
        var result = PayloadParser.Parse(body);
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return result.Payload;
    }
}
