using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Contracts.Metrics;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Contracts.TranscriptItems;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Sinks.Amplitude;
using VoiceAnalytics.LocalHost.Cli;

namespace VoiceAnalytics.Tests.Contracts;

/// <summary>
/// Issue 10: generated payloads. Every payload valid by the contract (nulls, empty and long strings, huge and tiny
/// finite numbers, unknown item and metrics types) is accepted and analyzed by the nine analyzers as the eval runs
/// them; every invalid one (wrong types, non-finite numbers, bad ids, missing required fields, bytes that are not
/// UTF-8) is refused with a path and a message for people, never an exception.
/// </summary>
public sealed class ContractPropertyTests
{
    private const int Runs = 200;

    private static readonly Lazy<IReadOnlyList<IAnalyzer>> Analyzers = new(() =>
    {
        var services = OfflineServices.Build();
        return services.GetServices<IAnalyzer>().ToList();
    });

    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(Runs);

    [Fact]
    public void ValidByContract_AcceptedAndAnalyzed()
    {
        Prop.ForAll(ValidPayload().ToArbitrary(), node =>
        {
            var body = Encoding.UTF8.GetBytes(node.ToJsonString());
            var result = PayloadParser.Parse(body);
            Assert.True(result.IsValid, string.Join("; ", result.Errors.Take(5).Select(e => $"{e.Path}: {e.Message}")) + "\n" + node.ToJsonString());

            var results = StagedAnalysis.Run(Analyzers.Value, result.Payload);
            Assert.Equal(9, results.Count);
            var report = new SessionReport
            {
                SessionId = result.Payload.SessionId,
                AnalyzedAt = result.Payload.StartTime,
                AnalyzerVersions = Analyzers.Value.ToDictionary(a => a.Name, a => a.Version),
                Results = results.ToDictionary(p => p.Key, p => p.Value),
            };
            Assert.NotNull(JsonSerializer.Serialize(report, ReportJson.Options));
            Assert.NotNull(new AmplitudeEventMapper().Map(result.Payload, report));
        }).Check(Quick);
    }

    [Fact]
    public void Invalid_RefusedWithAPathNeverAnException()
    {
        Prop.ForAll(InvalidPayload().ToArbitrary(), invalid =>
        {
            var result = PayloadParser.Parse(invalid.Body);

            Assert.False(result.IsValid, invalid.Expected);
            Assert.NotEmpty(result.Errors);
            Assert.Contains(result.Errors, e => e.Path == invalid.Expected);
            Assert.All(result.Errors, e =>
            {
                Assert.StartsWith("$", e.Path, StringComparison.Ordinal);
                PayloadContractTests.AssertWrittenForPeople(e.Message);
            });
        }).Check(Quick);
    }

    [Fact]
    public void AgentDefinedSectionFault_AcceptedWithAWarningAndAnalyzed()
    {
        Prop.ForAll(DegradedPayload().ToArbitrary(), degraded =>
        {
            var result = PayloadParser.Parse(degraded.Body);

            Assert.True(result.IsValid, degraded.ToString());
            Assert.Contains(result.Payload.Warnings, w => w.Path == degraded.Expected && w.Severity == FaultSeverity.Warning);
            Assert.All(result.Payload.Warnings, w => PayloadContractTests.AssertWrittenForPeople(w.Message));
            Assert.Equal(9, StagedAnalysis.Run(Analyzers.Value, result.Payload).Count);
        }).Check(Quick);
    }

    /// <summary>A body and the path one of its faults must name.</summary>
    public sealed record Invalid(byte[] Body, string Expected)
    {
        public override string ToString() => $"{Expected}: {Encoding.UTF8.GetString(Body)[..Math.Min(400, Body.Length)]}";
    }

    private static readonly string[] Words =
    [
        "so", "we", "use", "docusign", "pandadoc", "today", "about", "40", "people", "send", "200", "contracts", "a", "month", "salesforce",
        "hubspot", "my", "boss", "decides", "next", "quarter", "too", "expensive", "legal", "reviews", "templates", "?", ".", "!", "thanks",
        "bye", "book", "a", "meeting", "tuesday", "at", "3pm", "é", "日本", "🙂", "\u0000", "\t", "\"", "\\",
    ];

    private static Gen<JsonNode?> Null() => Gen.Constant(0).Select(_ => (JsonNode?)null);

    private static Gen<JsonNode?> Value<T>(Gen<T> gen) => gen.Select(v => (JsonNode?)JsonValue.Create(v));

    private static Gen<string> Sentence() =>
        Gen.Frequency(
            (1, Gen.Constant("")),
            (6, Gen.Choose(1, 40).SelectMany(n => Gen.Elements(Words).ListOf(n)).Select(w => string.Join(' ', w))),
            (1, Gen.Choose(1000, 20_000).Select(n => string.Concat(Enumerable.Repeat("we use docusign and ", n / 20)))));

    private static Gen<JsonNode?> Text() => Value(Sentence());

    private static Gen<JsonNode?> Flag() => Value(Gen.Elements(true, false));

    private static Gen<JsonNode?> Number() => Value(Gen.Elements(0.0, 1e-300, -1e-300, double.Epsilon, 0.25, 3, 1234.5, 1e15, -1e15, -1, 1e9));

    private static Gen<JsonNode?> NonNegative() => Value(Gen.Elements(0.0, 1e-300, double.Epsilon, 0.5, 1, 300, 1e15));

    private static Gen<JsonNode?> Count() => Value(Gen.Elements(0L, 1L, 40L, 1_000_000L, 1_000_000_000_000_000L, -1_000_000_000_000_000L));

    private static Gen<JsonNode?> Epoch() =>
        Value(Gen.Elements(0.0, 1.0, 1787065333.5, 1787065400.25, 221845392000.0)); // the contract's epoch seconds: 1970 to 9000

    private static Gen<JsonNode?> Date() => Value(Gen.Elements("2026-08-18T15:02:11+00:00", "2026-08-18T15:02:11.482913+00:00", "1970-01-01T00:00:00+00:00", "8999-12-31T23:59:59+00:00", "2026-08-18T15:02:11"));

    private static Gen<JsonNode?> TextList() => Gen.Elements("a", "", "search").ListOf(3).Select(l => (JsonNode?)new JsonArray([.. l.Select(s => (JsonNode?)s)]));

    /// <summary>A field that is absent, null, or holds a generated value.</summary>
    private static Gen<(string Name, bool Present, JsonNode? Value)> Optional(string name, Gen<JsonNode?> value) =>
        Gen.Frequency(
            (1, Gen.Constant(0).Select(_ => (name, false, (JsonNode?)null))),
            (1, Gen.Constant(0).Select(_ => (name, true, (JsonNode?)null))),
            (4, value.Select(v => (name, true, v))));

    private static Gen<(string Name, bool Present, JsonNode? Value)> Required(string name, Gen<JsonNode?> value) => value.Select(v => (name, true, v));

    private static Gen<JsonNode?> Object(params Gen<(string Name, bool Present, JsonNode? Value)>[] fields) =>
        Gen.CollectToList(fields).Select(list =>
        {
            var node = new JsonObject();
            foreach (var (name, present, value) in list)
            {
                if (present)
                {
                    node[name] = value;
                }
            }

            return (JsonNode?)node;
        });

    private static Gen<JsonNode?> ListOf(Gen<JsonNode?> entry, int max) =>
        Gen.Choose(0, max).SelectMany(n => entry.ListOf(n)).Select(l => (JsonNode?)new JsonArray([.. l]));

    private static Gen<JsonNode?> Content() =>
        Gen.OneOf(
            Text(),
            ListOf(Gen.Frequency((6, Text()), (1, Null()), (1, Gen.Constant(0).Select(_ => (JsonNode?)new JsonObject { ["type"] = "image_content", ["image"] = "..." }))), 3));

    private static Gen<JsonNode?> TranscriptItem() =>
        Gen.OneOf(
            Object(Required("type", Value(Gen.Constant("message"))), Optional("id", Text()), Optional("created_at", Epoch()),
                Required("role", Value(Gen.Elements("user", "user", "assistant", "system", "developer", ""))), Optional("content", Content()),
                Optional("interrupted", Flag()), Optional("transcript_confidence", NonNegative()),
                Optional("metrics", Object(Optional("started_speaking_at", Epoch()), Optional("stopped_speaking_at", Epoch()),
                    Optional("end_of_turn_delay", Number()), Optional("transcription_delay", Number()), Optional("on_user_turn_completed_delay", Number()),
                    Optional("llm_node_ttft", Number()), Optional("tts_node_ttfb", Number()), Optional("e2e_latency", Number())))),
            Object(Required("type", Value(Gen.Constant("function_call"))), Optional("id", Text()), Optional("created_at", Epoch()),
                Optional("call_id", Value(Gen.Elements("c1", "c2", ""))), Required("name", Value(Gen.Elements("unleash_search_knowledge", "book_sales_meeting", ""))),
                Optional("arguments", Value(Gen.Elements("{\"query\":\"templates\"}", "{}", "not json", "[1]", "")))),
            Object(Required("type", Value(Gen.Constant("function_call_output"))), Optional("id", Text()), Optional("created_at", Epoch()),
                Optional("call_id", Value(Gen.Elements("c1", "c2", ""))), Optional("name", Value(Gen.Elements("unleash_search_knowledge", "book_sales_meeting"))),
                Optional("output", Value(Gen.Elements("{\"results\":[]}", "no results", "", "{\"booked\":true}"))), Optional("is_error", Flag())),
            Object(Required("type", Value(Gen.Constant("agent_handoff"))), Optional("old_agent_id", Text()), Optional("new_agent_id", Text())),
            Object(Required("type", Value(Gen.Constant("agent_config_update"))), Optional("instructions", Text()),
                Optional("tools_added", TextList()), Optional("tools_removed", TextList())),
            Object(Required("type", Value(Gen.Elements("future_item", "x"))), Optional("id", Text()), Optional("payload", Number()), Optional("content", Number())));

    private static Gen<JsonNode?> MetricsRecord() =>
        Gen.OneOf(
            Object(Required("type", Value(Gen.Constant("llm_metrics"))), Optional("timestamp", Epoch()), Optional("duration", Number()), Optional("ttft", Number()),
                Optional("cancelled", Flag()), Optional("completion_tokens", Count()), Optional("prompt_tokens", Count()), Optional("prompt_cached_tokens", Count()),
                Optional("cache_creation_tokens", Count()), Optional("total_tokens", Count()), Optional("tokens_per_second", Number()), Optional("speech_id", Text()),
                Optional("label", Text()), Optional("metadata", Object(Optional("model_name", Value(Gen.Elements("gpt-4.1-mini", "x", ""))), Optional("model_provider", Text())))),
            Object(Required("type", Value(Gen.Constant("stt_metrics"))), Optional("timestamp", Epoch()), Optional("duration", Number()),
                Optional("audio_duration", Number()), Optional("streamed", Flag())),
            Object(Required("type", Value(Gen.Constant("tts_metrics"))), Optional("timestamp", Epoch()), Optional("ttfb", Number()), Optional("duration", Number()),
                Optional("audio_duration", Number()), Optional("cancelled", Flag()), Optional("characters_count", Count()), Optional("streamed", Flag()),
                Optional("segment_id", Text()), Optional("speech_id", Text())),
            Object(Required("type", Value(Gen.Constant("eou_metrics"))), Optional("timestamp", Epoch()), Optional("end_of_utterance_delay", Number()),
                Optional("transcription_delay", Number()), Optional("on_user_turn_completed_delay", Number())),
            Object(Required("type", Value(Gen.Constant("vad_metrics"))), Optional("idle_time", Number()), Optional("inference_duration_total", Number()),
                Optional("inference_count", Count())),
            Object(Required("type", Value(Gen.Elements("future_metrics", "agent_metrics_v9"))), Optional("timestamp", Epoch()), Optional("ttft", Value(Gen.Constant("not read"))),
                Optional("whatever", Text())));

    private static Gen<string> SessionId() =>
        Gen.Choose(0, 127).SelectMany(n =>
            Gen.Elements("abcXYZ019".ToCharArray()).SelectMany(first =>
                Gen.Elements("abcXYZ019._:-".ToCharArray()).ArrayOf(n).Select(rest => first + new string(rest))));

    internal static Gen<JsonNode> ValidPayload() =>
        Object(
            Required("session_id", Value(SessionId())),
            Required("start_time", Date()),
            Optional("end_time", Date()),
            Optional("duration_seconds", NonNegative()),
            Optional("room_sid", Text()), Optional("job_id", Text()), Optional("agent_name", Text()), Optional("agent_sdk_version", Text()),
            Optional("close_reason", Value(Gen.Elements("error", "job_shutdown", "participant_disconnected", "user_initiated", "task_completed", "new"))),
            Optional("shutdown_reason", Text()), Optional("participant_id", Text()),
            Optional("user_email", Value(Gen.Elements("someone@example.com", "", "not an email"))), Optional("user_name", Text()),
            Optional("participant", Object(Optional("identity", Text()), Optional("metadata", Value(Gen.Elements("{\"company\":\"Acme\"}", "not json", ""))),
                Optional("attributes", Gen.Constant(0).Select(_ => (JsonNode?)new JsonObject { ["plan"] = "trial" })))),
            Required("transcript", Object(Required("items", ListOf(TranscriptItem(), 8)))),
            Optional("metrics", ListOf(MetricsRecord(), 6)),
            Optional("usage_summary", Object(Optional("llm_prompt_tokens", Count()), Optional("llm_completion_tokens", Count()),
                Optional("tts_characters_count", Count()), Optional("tts_audio_duration", Number()), Optional("stt_audio_duration", Number()))),
            Optional("model_usage", ListOf(Object(Optional("type", Value(Gen.Elements("llm_usage", "tts_usage", "stt_usage", "new_usage"))),
                Optional("provider", Text()), Optional("model", Value(Gen.Elements("gpt-4.1-mini", "nova-3", "unknown-model"))),
                Optional("input_tokens", Count()), Optional("input_cached_tokens", Count()), Optional("output_tokens", Count()),
                Optional("characters_count", Count()), Optional("audio_duration", Number()), Optional("session_duration", Number())), 4)),
            Optional("discovered_signals", Object(Optional("company", Text()), Optional("location", Text()), Optional("score", Number()))),
            Optional("tool_calls", ListOf(Object(Required("name", Value(Gen.Elements("book_sales_meeting", "unleash_search_knowledge", ""))),
                Optional("call_id", Value(Gen.Elements("c1", "c9", ""))), Optional("arguments", Gen.Constant(0).Select(_ => (JsonNode?)new JsonObject { ["q"] = "x" })),
                Optional("output", Text()), Optional("is_error", Flag()), Optional("started_at", Epoch()), Optional("completed_at", Epoch()),
                Optional("duration_seconds", Number()), Optional("speech_id", Text())), 3)),
            Optional("connection_quality", Object(Optional("bandwidth_in", Number()), Optional("packet_loss", Number()), Optional("jitter", Number()),
                Optional("device_info", Gen.Constant(0).Select(_ => (JsonNode?)new JsonObject { ["os"] = "ios" })))),
            Optional("brand_new_field", Number()))
        .Select(node => node!);

    /// <summary>Issue 11: a valid payload with one fault put in a section the agent defines, and the path its warning must name.</summary>
    private static Gen<Invalid> DegradedPayload()
    {
        var faults = new (string Path, Func<JsonNode, byte[]> Break)[]
        {
            ("$.metrics", n => Json(n, o => o["metrics"] = "none")),
            ("$.metrics[0]", n => Json(n, o => o["metrics"] = new JsonArray(7))),
            ("$.metrics[0].type", n => Json(n, o => o["metrics"] = new JsonArray(new JsonObject { ["timestamp"] = 1.0 }))),
            ("$.metrics[0].prompt_tokens", n => Json(n, o => o["metrics"] = new JsonArray(new JsonObject { ["type"] = "llm_metrics", ["prompt_tokens"] = 1.5 }))),
            ("$.metrics[0].timestamp", n => Json(n, o => o["metrics"] = new JsonArray(new JsonObject { ["type"] = "tts_metrics", ["timestamp"] = 1e13 }))),
            ("$.tool_calls[0].name", n => Json(n, o => o["tool_calls"] = new JsonArray(new JsonObject { ["call_id"] = "c" }))),
            ("$.model_usage[0].input_tokens", n => Json(n, o => o["model_usage"] = new JsonArray(new JsonObject { ["input_tokens"] = "many" }))),
            ("$.connection_quality.jitter", n => Json(n, o => o["connection_quality"] = new JsonObject { ["jitter"] = true })),
            ("$.metrics[0].metrics", n => Json(n, o => o["metrics"] = new JsonArray(new JsonObject { ["timestamp"] = "2026-08-18T15:02:11", ["metrics"] = "LLMMetrics(ttft=" }))),
            ("$.tool_calls[0].tools[1]", n => Json(n, o => o["tool_calls"] = new JsonArray(new JsonObject { ["tools"] = new JsonArray("a", 5) }))),
            ("$.session_usage.model_usage[0]", n => Json(n, o => o["session_usage"] = new JsonObject { ["model_usage"] = new JsonArray(true) })),
            ("$.usage_summary", n => Json(n, o => o["usage_summary"] = new JsonArray())),
            ("$.discovered_signals", n => Json(n, o => o["discovered_signals"] = "hot lead")),
        };
        return ValidPayload().SelectMany(node => Gen.Elements(faults).Select(fault => new Invalid(fault.Break(node.DeepClone()), fault.Path)));
    }

    /// <summary>A valid payload with one fault put in, and the path the refusal must name.</summary>
    private static Gen<Invalid> InvalidPayload()
    {
        var faults = new (string Path, Func<JsonNode, byte[]> Break)[]
        {
            ("$.session_id", n => Json(n, o => o.Remove("session_id"))),
            ("$.session_id", n => Json(n, o => o["session_id"] = 5)),
            ("$.session_id", n => Json(n, o => o["session_id"] = "ok-id\n")),
            ("$.session_id", n => Json(n, o => o["session_id"] = "has space")),
            ("$.session_id", n => Json(n, o => o["session_id"] = "-dash")),
            ("$.session_id", n => Json(n, o => o["session_id"] = new string('a', 129))),
            ("$.session_id", n => Json(n, o => o["session_id"] = null)),
            ("$.session_id", n => Raw(n, o => o["session_id"] = "bad\u00FFbyte", "bad\u00FFbyte", [(byte)'b', (byte)'a', (byte)'d', 0xFF])),
            ("$.start_time", n => Json(n, o => o.Remove("start_time"))),
            ("$.start_time", n => Json(n, o => o["start_time"] = "yesterday")),
            ("$.start_time", n => Json(n, o => o["start_time"] = "9999-12-31T00:00:00+00:00")),
            ("$.end_time", n => Json(n, o => o["end_time"] = "1969-12-31T23:59:59+00:00")),
            ("$.transcript", n => Json(n, o => o.Remove("transcript"))),
            ("$.transcript", n => Json(n, o => o["transcript"] = new JsonArray())),
            ("$.transcript.items", n => Json(n, o => o["transcript"] = new JsonObject())),
            ("$.duration_seconds", n => Raw(n, o => o["duration_seconds"] = 7.125, "7.125", "1e400"u8.ToArray())),
            ("$.duration_seconds", n => Json(n, o => o["duration_seconds"] = -1)),
            ("$.duration_seconds", n => Json(n, o => o["duration_seconds"] = "long")),
            ("$.brand_new_field", n => Raw(n, o => o["brand_new_field"] = 7.125, "7.125", "-1e999"u8.ToArray())),
            ("$.metrics[0].ttft", n => Raw(n, o => o["metrics"] = new JsonArray(new JsonObject { ["type"] = "llm_metrics", ["ttft"] = 7.125 }), "7.125", "1e309"u8.ToArray())),
            ("$.participant", n => Json(n, o => o["participant"] = "someone")),
            ("$.transcript.items[0].role", n => Json(n, o => o["transcript"] = new JsonObject { ["items"] = new JsonArray(new JsonObject { ["type"] = "message" }) })),
            ("$.transcript.items[0].type", n => Json(n, o => o["transcript"] = new JsonObject { ["items"] = new JsonArray(new JsonObject { ["type"] = 3 }) })),
            ("$.transcript.items[0].content", n => Json(n, o => o["transcript"] = new JsonObject { ["items"] = new JsonArray(new JsonObject { ["type"] = "message", ["role"] = "user", ["content"] = 5 }) })),
            ("$.transcript.items[0].created_at", n => Json(n, o => o["transcript"] = new JsonObject { ["items"] = new JsonArray(new JsonObject { ["type"] = "x", ["created_at"] = -1e12 }) })),
            ("$", n => Encoding.UTF8.GetBytes(n.ToJsonString())[..^1]),
            ("$", _ => "[]"u8.ToArray()),
            ("$", _ => "null"u8.ToArray()),
            ("$", _ => [0xEF, 0xBB, 0xBF, 0xFF]),
        };
        return ValidPayload().SelectMany(node => Gen.Elements(faults).Select(fault => new Invalid(fault.Break(node.DeepClone()), fault.Path)));
    }

    private static byte[] Json(JsonNode node, Action<JsonObject> change)
    {
        change(node.AsObject());
        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }

    /// <summary>Changes the node, then replaces the first occurrence of <paramref name="find"/> in its text with raw bytes.</summary>
    private static byte[] Raw(JsonNode node, Action<JsonObject> change, string find, byte[] replace)
    {
        change(node.AsObject());
        var text = node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(text[..at]), .. replace, .. Encoding.UTF8.GetBytes(text[(at + find.Length)..])];
    }
}
