using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.Metrics;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Contracts.TranscriptItems;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.LocalHost.Cli;

namespace VoiceAnalytics.Tests.Contracts;

/// <summary>
/// Issue 10: what the contract accepts can be analyzed, and what it refuses is refused with a path and a message
/// written for people (nulls, non-finite numbers, ids with a trailing newline, invalid UTF-8, unbounded fault lists).
/// </summary>
public sealed class PayloadContractTests
{
    private static readonly Lazy<IReadOnlyList<IAnalyzer>> Analyzers = new(() =>
    {
        var services = OfflineServices.Build();
        return services.GetServices<IAnalyzer>().ToList();
    });

    public static TheoryData<string> NullableSections() =>
    [
        "$.metrics", "$.tool_calls", "$.model_usage", "$.usage_summary", "$.participant", "$.connection_quality", "$.discovered_signals",
        "$.transcript.items[1].content", "$.transcript.items[1].id", "$.transcript.items[1].created_at", "$.transcript.items[1].interrupted",
        "$.transcript.items[1].metrics", "$.metrics[0].ttft", "$.metrics[0].prompt_tokens", "$.metrics[0].cancelled", "$.metrics[0].label",
        "$.tool_calls[0].call_id", "$.tool_calls[0].is_error", "$.tool_calls[0].started_at", "$.model_usage[0].type", "$.model_usage[0].input_tokens",
        "$.transcript.items[2].call_id", "$.transcript.items[2].arguments", "$.transcript.items[3].output", "$.transcript.items[3].is_error",
        "$.transcript.items[4].tools_added", "$.participant.attributes",
    ];

    [Theory]
    [MemberData(nameof(NullableSections))]
    public void Parse_NullWhereTheContractAllowsIt_AcceptedAndAnalyzed(string path)
    {
        var node = FullNode();
        SetNull(node, path);

        var payload = Parse(node);
        var results = StagedAnalysis.Run(Analyzers.Value, payload);

        Assert.Equal(9, results.Count);
        Assert.NotNull(JsonSerializer.Serialize(results, ReportJson.Options));
    }

    [Fact]
    public void Parse_NullSections_ReadAsEmptyAndDefaults()
    {
        var node = FullNode();
        foreach (var path in (string[])["$.metrics", "$.tool_calls", "$.model_usage", "$.transcript.items[1].content", "$.transcript.items[1].id"])
        {
            SetNull(node, path);
        }

        var payload = Parse(node);

        Assert.Empty(payload.Metrics);
        Assert.Empty(payload.ToolCalls);
        Assert.Empty(payload.ModelUsage);
        var message = Assert.IsType<MessageItem>(payload.Transcript.Items[1]);
        Assert.Empty(message.Content);
        Assert.Equal("", message.Text);
        Assert.Equal("", message.Id);
    }

    [Fact]
    public void Parse_NullNumberWithADefault_KeepsTheDefault()
    {
        var node = FullNode();
        node["metrics"]![0]!["ttft"] = null;

        var llm = Assert.IsType<LlmMetrics>(Parse(node).Metrics[0]);

        Assert.Null(llm.TtftOrNull);
    }

    public static TheoryData<string, string> RequiredNulls() => new()
    {
        { "$.session_id", "Required" },
        { "$.start_time", "Required" },
        { "$.transcript", "Required" },
        { "$.transcript.items", "array" },
        { "$.transcript.items[1].role", "Required" },
        { "$.transcript.items[1].type", "Required" },
    };

    [Theory]
    [MemberData(nameof(RequiredNulls))]
    public void Parse_NullWhereAnalysisNeedsAValue_RefusedWithPathAndPlainMessage(string path, string says)
    {
        var node = FullNode();
        SetNull(node, path);

        var error = Assert.Single(Refuse(Encoding.UTF8.GetBytes(node.ToJsonString())));

        Assert.Equal(path, error.Path);
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> WrongTypes() => new()
    {
        // Fields the serializer reads but the validator did not check before: each gave raw .NET text.
        { "$.transcript.items[5].old_agent_id", "5" },
        { "$.transcript.items[4].tools_added", "\"x\"" },
        { "$.transcript.items[5].new_agent_id", "{}" },
        { "$.transcript.items[1].created_at", "\"now\"" },
    };

    /// <summary>Issue 11: the same faults in the sections the agent defines skip their entry with a warning instead.</summary>
    public static TheoryData<string, string> WrongTypesInLenientSections() => new()
    {
        { "$.metrics[0].speech_id", "1" },
        { "$.metrics[0].cancelled", "\"no\"" },
        { "$.metrics[0].cache_creation_tokens", "\"many\"" },
        { "$.metrics[0].prompt_tokens", "1.5" },
        { "$.metrics[0].metadata", "[]" },
        { "$.metrics[0].metadata.model_name", "7" },
        { "$.metrics[0].label", "true" },
        { "$.metrics[1].streamed", "1" },
        { "$.metrics[2].inference_count", "2.5" },
        { "$.metrics[2].inference_duration_total", "\"x\"" },
        { "$.metrics[0]", "null" },
        { "$.usage_summary.llm_prompt_tokens", "0.5" },
        { "$.model_usage[0].input_tokens", "\"x\"" },
        { "$.model_usage[0].session_duration", "\"long\"" },
        { "$.tool_calls[0].speech_id", "3" },
        { "$.tool_calls[0].started_at", "3e11" },
        { "$.metrics[0].duration", "-1e16" },
        { "$.connection_quality.jitter", "\"high\"" },
        { "$.discovered_signals", "[1, 2]" },
        { "$.transcript.items[1].metrics.e2e_latency", "\"fast\"" },
    };

    [Theory]
    [MemberData(nameof(WrongTypesInLenientSections))]
    public void Parse_WrongTypeInAnAgentDefinedSection_SkippedWithOneWarningAndAnalyzed(string path, string json)
    {
        var node = FullNode();
        Set(node, path, JsonNode.Parse(json));

        var result = PayloadParser.Parse(Encoding.UTF8.GetBytes(node.ToJsonString()));

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        var warning = Assert.Single(result.Payload.Warnings);
        Assert.Equal(path, warning.Path);
        Assert.Equal(FaultSeverity.Warning, warning.Severity);
        Assert.Contains("skipped", warning.Message, StringComparison.Ordinal);
        AssertWrittenForPeople(warning.Message);
        Assert.Equal(6, result.Payload.Transcript.Items.Count);
        Assert.Equal(9, StagedAnalysis.Run(Analyzers.Value, result.Payload).Count);
    }

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public void Parse_WrongType_RefusedWithPathAndNoSerializerText(string path, string json)
    {
        var node = FullNode();
        Set(node, path, JsonNode.Parse(json));

        var error = Assert.Single(Refuse(Encoding.UTF8.GetBytes(node.ToJsonString())));

        Assert.Equal(path, error.Path);
        AssertWrittenForPeople(error.Message);
    }

    [Theory]
    [InlineData("$.duration_seconds", "1e400")]
    [InlineData("$.duration_seconds", "-1e400")]
    [InlineData("$.metrics[0].ttft", "1e999")]
    [InlineData("$.metrics[0].prompt_tokens", "1e400")]
    [InlineData("$.transcript.items[1].created_at", "1e309")]
    [InlineData("$.connection_quality.jitter", "1e400")]
    [InlineData("$.discovered_signals.score", "1e400")]
    [InlineData("$.some_new_field[0]", "-1e400")]
    public void Parse_NonFiniteNumber_RefusedWithItsPath(string path, string number)
    {
        var node = FullNode();
        Set(node, path, 424242.125);
        var body = node.ToJsonString().Replace("424242.125", number, StringComparison.Ordinal);

        var error = Assert.Single(Refuse(Encoding.UTF8.GetBytes(body)));

        Assert.Equal(path, error.Path);
        AssertWrittenForPeople(error.Message);
    }

    [Theory]
    [InlineData("$.duration_seconds", 1e16)]
    [InlineData("$.transcript.items[1].created_at", 1e12)]
    [InlineData("$.transcript.items[1].created_at", -1e12)]
    public void Parse_NumberOutsideTheContractsRange_Refused(string path, double number)
    {
        var node = FullNode();
        Set(node, path, number);

        var error = Assert.Single(Refuse(Encoding.UTF8.GetBytes(node.ToJsonString())));

        Assert.Equal(path, error.Path);
        AssertWrittenForPeople(error.Message);
    }

    [Theory]
    [InlineData("abc\n")]
    [InlineData("abc\r\n")]
    [InlineData("\nabc")]
    public void Parse_SessionIdWithNewline_Refused(string sessionId)
    {
        var node = FullNode();
        node["session_id"] = sessionId;

        Assert.False(SessionIds.IsValid(sessionId));
        Assert.Equal("$.session_id", Assert.Single(Refuse(Encoding.UTF8.GetBytes(node.ToJsonString()))).Path);
    }

    [Theory]
    [InlineData("\"session_id\":\"c-1\"", "\"session_id\":\"c-1\xFF\"", "$.session_id")]
    [InlineData("\"session_id\":\"c-1\"", "\"session_id\":\"c-1\xC3\"", "$.session_id")]
    [InlineData("Hello there", "Hello \xED\xA0\x80 there", "$.transcript.items[1].content[0]")]
    [InlineData("Hello there", "Hello \\ud800 there", "$.transcript.items[1].content[0]")]
    [InlineData("\"user_name\"", "\"user\xFF_name\"", "$")]
    [InlineData("\"brand_new\":\"x\"", "\"brand_new\":\"\xFE\"", "$.brand_new")]
    public void Parse_InvalidUtf8_RefusedWithAPathNotAnException(string find, string replace, string path)
    {
        var node = FullNode();
        node["brand_new"] = "x";
        var body = Latin1Replace(node.ToJsonString(), find, replace);

        var errors = Refuse(body);

        Assert.Contains(errors, e => e.Path == path);
        Assert.All(errors, e => AssertWrittenForPeople(e.Message));
    }

    [Fact]
    public void Parse_ManyBadEntries_KeepsTheFirstHundredWarningsAndCountsAll()
    {
        var body = EmptyMetrics(20_000);

        var result = PayloadParser.Parse(body);

        Assert.True(result.IsValid);
        var faults = Assert.IsType<PayloadFaults>(result.Errors);
        Assert.Equal(PayloadFaults.Cap, faults.Warnings.Count);
        Assert.Equal(20_000, faults.WarningCount);
        Assert.Equal(0, faults.ErrorCount);
        Assert.True(faults.Truncated);
        Assert.Equal("$.metrics[0].type", faults[0].Path);
        Assert.Empty(result.Payload.Metrics);
    }

    [Fact]
    public void Parse_ManyFaults_KeepsTheFirstHundredErrorsAndCountsAll()
    {
        var items = string.Join(',', Enumerable.Repeat("{}", 20_000));
        var body = Encoding.UTF8.GetBytes($"{{\"session_id\":\"m-1\",\"start_time\":\"2026-08-18T15:02:11+00:00\",\"transcript\":{{\"items\":[{items}]}}}}");

        var result = PayloadParser.Parse(body);

        Assert.False(result.IsValid);
        var faults = Assert.IsType<PayloadFaults>(result.Errors);
        Assert.Equal(PayloadFaults.Cap, faults.Errors.Count);
        Assert.Equal(20_000, faults.ErrorCount);
        Assert.True(faults.Truncated);
        Assert.Equal("$.transcript.items[0].type", faults[0].Path);
    }

    [Fact]
    public void Parse_ErrorsAfterAFloodOfWarnings_StillListed()
    {
        var node = JsonNode.Parse(Encoding.UTF8.GetString(EmptyMetrics(500)))!;
        node["transcript"]!["items"] = new JsonArray(new JsonObject { ["type"] = "message" });

        var result = PayloadParser.Parse(Encoding.UTF8.GetBytes(node.ToJsonString()));

        Assert.False(result.IsValid);
        Assert.Equal("$.transcript.items[0].role", Assert.Single(result.Errors).Path);
    }

    [Fact]
    public void Parse_TenMegabytesOfEmptyMetrics_AllocatesAFewTimesTheBodyNotGigabytes()
    {
        var body = EmptyMetrics(3_400_000); // about 10 MB: "{}," per entry
        PayloadParser.Parse(EmptyMetrics(10)); // warm-up

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = PayloadParser.Parse(body);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(PayloadFaults.Cap, result.Errors.Count);
        Assert.True(allocated < 40L * body.Length, $"allocated {allocated:N0} bytes for a {body.Length:N0} byte body");
    }

    [Fact]
    public void Parse_FaultPathWithAHugePropertyName_IsShortened()
    {
        var node = FullNode();
        node["participant"]!["attributes"] = new JsonObject { [new string('k', 100_000)] = 5 };

        var error = Assert.Single(Refuse(Encoding.UTF8.GetBytes(node.ToJsonString())));

        Assert.StartsWith("$.participant.attributes", error.Path, StringComparison.Ordinal);
        Assert.True(error.Path.Length < 200, error.Path.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A payload with one of each item kind and section, so a null can be put anywhere.</summary>
    internal static JsonNode FullNode() => JsonNode.Parse("""
        {
          "session_id": "c-1", "start_time": "2026-08-18T15:02:11+00:00", "end_time": "2026-08-18T15:04:11+00:00",
          "duration_seconds": 120.5, "user_email": "someone@example.com", "user_name": "Some One",
          "participant": { "identity": "u1", "metadata": "{\"company\":\"Acme\"}", "attributes": { "plan": "trial" } },
          "transcript": { "items": [
            { "id": "i1", "type": "message", "role": "assistant", "content": ["Hi, this is Ava. How can I help?"], "created_at": 1787065333.5 },
            { "id": "i2", "type": "message", "role": "user", "content": ["Hello there, we use DocuSign and send 200 contracts a month."], "created_at": 1787065340.0,
              "interrupted": false, "transcript_confidence": 0.9, "metrics": { "end_of_turn_delay": 0.4, "e2e_latency": 1.1 } },
            { "id": "i3", "type": "function_call", "call_id": "c1", "name": "unleash_search_knowledge", "arguments": "{\"query\":\"templates\"}", "created_at": 1787065341.0 },
            { "id": "i4", "type": "function_call_output", "call_id": "c1", "name": "unleash_search_knowledge", "output": "{\"results\":[]}", "is_error": false, "created_at": 1787065342.0 },
            { "id": "i5", "type": "agent_config_update", "instructions": "be brief", "tools_added": ["a"], "tools_removed": [], "created_at": 1787065343.0 },
            { "id": "i6", "type": "agent_handoff", "old_agent_id": "a", "new_agent_id": "b", "created_at": 1787065344.0 }
          ] },
          "metrics": [
            { "type": "llm_metrics", "timestamp": 1787065341.0, "duration": 0.8, "ttft": 0.3, "cancelled": false, "completion_tokens": 20, "prompt_tokens": 900,
              "prompt_cached_tokens": 0, "total_tokens": 920, "tokens_per_second": 25.0, "label": "openai", "metadata": { "model_name": "gpt-4.1-mini" } },
            { "type": "tts_metrics", "timestamp": 1787065342.0, "ttfb": 0.2, "duration": 1.0, "audio_duration": 2.0, "characters_count": 40, "streamed": true },
            { "type": "vad_metrics", "timestamp": 1787065342.0, "idle_time": 1.0, "inference_duration_total": 0.1, "inference_count": 30 }
          ],
          "usage_summary": { "llm_prompt_tokens": 900, "tts_audio_duration": 2.0 },
          "model_usage": [ { "type": "llm_usage", "provider": "openai", "model": "gpt-4.1-mini", "input_tokens": 900, "output_tokens": 20, "session_duration": 120.0 } ],
          "discovered_signals": { "company": "Acme" },
          "tool_calls": [ { "call_id": "c2", "name": "book_sales_meeting", "arguments": { "when": "tomorrow" }, "output": "ok", "is_error": false,
                            "started_at": 1787065345.0, "completed_at": 1787065346.0, "duration_seconds": 1.0 } ],
          "connection_quality": { "packet_loss": 0.1, "jitter": 12.0 }
        }
        """)!;

    internal static void AssertWrittenForPeople(string message)
    {
        Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("could not be converted", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Path:", message, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePosition", message, StringComparison.Ordinal);
        Assert.True(message.Length < 300, message);
    }

    private static byte[] EmptyMetrics(int count)
    {
        var head = "{\"session_id\":\"m-1\",\"start_time\":\"2026-08-18T15:02:11+00:00\",\"transcript\":{\"items\":[]},\"metrics\":["u8;
        var body = new byte[head.Length + (count * 3) + 1];
        head.CopyTo(body);
        var at = head.Length;
        for (var i = 0; i < count; i++)
        {
            body[at++] = (byte)'{';
            body[at++] = (byte)'}';
            body[at++] = (byte)(i == count - 1 ? ']' : ',');
        }

        body[at] = (byte)'}';
        return body;
    }

    /// <summary>Replaces text in the UTF-8 body with raw bytes (each char of <paramref name="replace"/> is one byte).</summary>
    private static byte[] Latin1Replace(string json, string find, string replace)
    {
        var at = json.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, find);
        var before = Encoding.UTF8.GetBytes(json[..at]);
        var after = Encoding.UTF8.GetBytes(json[(at + find.Length)..]);
        return [.. before, .. Encoding.Latin1.GetBytes(replace), .. after];
    }

    private static SessionPayload Parse(JsonNode node)
    {
        var result = PayloadParser.Parse(Encoding.UTF8.GetBytes(node.ToJsonString()));
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return result.Payload;
    }

    private static IReadOnlyList<PayloadError> Refuse(byte[] body)
    {
        var result = PayloadParser.Parse(body);
        Assert.False(result.IsValid);
        Assert.NotEmpty(result.Errors);
        return result.Errors;
    }

    private static void SetNull(JsonNode root, string path) => Set(root, path, null);

    /// <summary>Sets the value at a simple path ($.a.b[2].c), creating the last property if needed.</summary>
    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        var steps = path[2..].Replace("[", ".[", StringComparison.Ordinal).Split('.');
        var node = root;
        for (var i = 0; i < steps.Length - 1; i++)
        {
            node = Step(node, steps[i]) ?? throw new InvalidOperationException(path);
        }

        var last = steps[^1];
        if (last.StartsWith('['))
        {
            var array = node.AsArray();
            var index = int.Parse(last[1..^1], System.Globalization.CultureInfo.InvariantCulture);
            while (array.Count <= index)
            {
                array.Add(0);
            }

            array[index] = value;
        }
        else
        {
            node[last] = value;
        }
    }

    private static JsonNode? Step(JsonNode node, string step)
    {
        if (step.StartsWith('['))
        {
            return node[int.Parse(step[1..^1], System.Globalization.CultureInfo.InvariantCulture)];
        }

        return node[step] ??= step == "some_new_field" ? new JsonArray() : new JsonObject();
    }
}
