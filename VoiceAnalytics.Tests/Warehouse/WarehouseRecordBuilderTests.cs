using System.Text.Json.Nodes;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Warehouse;

/// <summary>The session row keeps the figures the ops rules read (close reason, failed tools, connection quality).</summary>
public sealed class WarehouseRecordBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 8, 18, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Build_SharedCallWithAFailedSearch_KeepsCloseReasonFailedToolAndConnectionFigures()
    {
        var session = PayloadParser.Parse(Payloads.SharedWithId("kb_search_failures_frustrated.json", "b-1")).Payload!;

        var row = Build(session).Session;

        Assert.Equal("participant_disconnected", row.CloseReason);
        Assert.Equal(["unleash_search_knowledge"], row.FailedTools);
        Assert.Equal(0.4, row.PacketLossPercent);
        Assert.Equal(7.6, row.JitterMs);
    }

    [Fact]
    public void Build_ErrorsInToolCallsAndTranscript_EachNameOnce()
    {
        var payload = JsonNode.Parse(Payloads.Minimal("b-2"))!;
        payload["close_reason"] = "error";
        payload["tool_calls"] = new JsonArray(
            new JsonObject { ["call_id"] = "c1", ["name"] = "book_sales_meeting", ["is_error"] = true },
            new JsonObject { ["call_id"] = "c2", ["name"] = "unleash_search_knowledge", ["is_error"] = false });
        payload["transcript"]!["items"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "i3", ["type"] = "function_call_output", ["name"] = "book_sales_meeting", ["call_id"] = "c1", ["output"] = "busy", ["is_error"] = true, ["created_at"] = 1787065341.0,
        });

        var row = Build(Parse(payload)).Session;

        Assert.Equal("error", row.CloseReason);
        Assert.Equal(["book_sales_meeting"], row.FailedTools);
    }

    [Fact]
    public void Build_NoCloseReasonNoFailuresNoConnectionFigures_NullsAndAnEmptyList()
    {
        var row = Build(Parse(JsonNode.Parse(Payloads.Minimal("b-3"))!)).Session;

        Assert.Null(row.CloseReason);
        Assert.Empty(row.FailedTools);
        Assert.Null(row.PacketLossPercent);
        Assert.Null(row.JitterMs);
    }

    private static SessionPayload Parse(JsonNode payload) => PayloadParser.Parse(System.Text.Encoding.UTF8.GetBytes(payload.ToJsonString())).Payload!;

    private static WarehouseRecord Build(SessionPayload session) =>
        WarehouseRecordBuilder.Build(session, new SessionReport { SessionId = session.SessionId, AnalyzedAt = Now, AnalyzerVersions = new Dictionary<string, int>(), Results = new Dictionary<string, object>() }, Now);
}
