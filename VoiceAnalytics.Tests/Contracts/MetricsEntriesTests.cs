using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.Metrics;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Contracts;

/// <summary>The metrics section is read in one go when every entry is a plain valid record, entry by entry otherwise: the same records either way.</summary>
public sealed class MetricsEntriesTests
{
    [Theory]
    [InlineData("qualified_meeting_booked.json")]
    [InlineData("kb_search_failures_frustrated.json")]
    public void Parse_OneBadEntryAmongValidOnes_KeepsTheSameRecordsAsTheAllValidSection(string file)
    {
        var valid = JsonNode.Parse(Payloads.SharedWithId(file, "s-metrics"))!.AsObject();
        var withBad = valid.DeepClone().AsObject();
        withBad["metrics"]!.AsArray().Add(new JsonObject { ["type"] = "llm_metrics", ["ttft"] = "slow" });

        var allAtOnce = Parse(valid);
        var entryByEntry = Parse(withBad);

        Assert.NotEmpty(allAtOnce.Metrics);
        Assert.Equal(0, allAtOnce.WarningCount);
        Assert.Equal(1, entryByEntry.WarningCount);
        Assert.Equal(Json(allAtOnce.Metrics), Json(entryByEntry.Metrics));
    }

    [Fact]
    public void Parse_WrappedEntriesAmongPlainOnes_ReadsEveryRecordInOrder()
    {
        var payload = JsonNode.Parse(Payloads.Minimal("s-wrapped"))!.AsObject();
        payload["metrics"] = new JsonArray
        {
            new JsonObject { ["type"] = "vad_metrics", ["timestamp"] = 1787065333.5, ["idle_time"] = 1.5 },
            new JsonObject { ["type"] = "metrics_collected", ["metrics"] = new JsonObject { ["type"] = "eou_metrics", ["timestamp"] = 1787065334.0, ["end_of_utterance_delay"] = 0.4 } },
            new JsonObject { ["type"] = "llm_metrics", ["timestamp"] = 1787065335.0, ["ttft"] = 0.3 },
        };

        var session = Parse(payload);

        Assert.Equal(0, session.WarningCount);
        Assert.Collection(session.Metrics, m => Assert.IsType<VadMetrics>(m), m => Assert.IsType<EouMetrics>(m), m => Assert.IsType<LlmMetrics>(m));
    }

    private static SessionPayload Parse(JsonObject payload) => PayloadParser.Deserialize(Encoding.UTF8.GetBytes(payload.ToJsonString()));

    private static string Json(IReadOnlyList<MetricsRecord> records) => JsonSerializer.Serialize(records, PayloadJson.Options);
}
