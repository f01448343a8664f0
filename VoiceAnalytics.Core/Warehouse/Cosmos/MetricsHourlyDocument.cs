using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>
/// The hourly summary of rolled-up turns (<c>doc_type</c> "metrics_hourly"): the figures of SQLite's
/// <c>metrics_hourly</c> row, kept in the <c>metrics</c> container in the hour's day partition with id
/// <c>hourly-&lt;yyyy-MM-ddTHH&gt;-&lt;metric_type&gt;</c>. It has none of the session fields (<c>start_time</c>,
/// <c>first_turn_at</c>, ...) the metrics queries filter on, so no figure query ever reads it as a call.
/// </summary>
public sealed record MetricsHourlyDocument
{
    public const string Type = "metrics_hourly";

    /// <summary>The turn fields summed per hour, in SQLite's <c>sum_*</c> column order.</summary>
    public static readonly string[] SummedFields = ["eou_delay_ms", "llm_ttft_ms", "tts_ttfb_ms", "prompt_tokens", "completion_tokens", "total_tokens", "stt_duration_ms"];

    [JsonPropertyName("id")] public string Id => IdOf(Hour, MetricType);
    [JsonPropertyName("day")] public string Day => Hour[..10];
    [JsonPropertyName("doc_type")] public string DocType => Type;
    [JsonPropertyName("hour")] public required string Hour { get; init; }
    [JsonPropertyName("metric_type")] public required string MetricType { get; init; }
    [JsonPropertyName("samples")] public long Samples { get; init; }
    [JsonPropertyName("latency_samples")] public long LatencySamples { get; init; }
    [JsonPropertyName("sum_total_latency_ms")] public long SumTotalLatencyMs { get; init; }
    [JsonPropertyName("avg_total_latency_ms")] public double? AvgTotalLatencyMs { get; init; }
    [JsonPropertyName("p95_total_latency_ms")] public long? P95TotalLatencyMs { get; init; }
    [JsonPropertyName("max_total_latency_ms")] public long? MaxTotalLatencyMs { get; init; }
    [JsonPropertyName("sum_eou_delay_ms")] public long SumEouDelayMs { get; init; }
    [JsonPropertyName("sum_llm_ttft_ms")] public long SumLlmTtftMs { get; init; }
    [JsonPropertyName("sum_tts_ttfb_ms")] public long SumTtsTtfbMs { get; init; }
    [JsonPropertyName("sum_prompt_tokens")] public long SumPromptTokens { get; init; }
    [JsonPropertyName("sum_completion_tokens")] public long SumCompletionTokens { get; init; }
    [JsonPropertyName("sum_total_tokens")] public long SumTotalTokens { get; init; }
    [JsonPropertyName("sum_stt_duration_ms")] public long SumSttDurationMs { get; init; }

    public static string IdOf(string hour, string metricType) => "hourly-" + hour[..13] + "-" + metricType;

    /// <summary>One hour's turns (the <c>metrics</c> rows) summarized; the p95 is the nearest rank, as SQLite's.</summary>
    public static MetricsHourlyDocument Of(string hour, string metricType, IReadOnlyList<JsonObject> turns)
    {
        ArgumentNullException.ThrowIfNull(turns);
        var latencies = turns.Select(t => Long(t, "total_latency_ms")).OfType<long>().Order().ToList();
        long Sum(string field) => turns.Sum(t => Long(t, field) ?? 0);
        return new MetricsHourlyDocument
        {
            Hour = hour,
            MetricType = metricType,
            Samples = turns.Count,
            LatencySamples = latencies.Count,
            SumTotalLatencyMs = latencies.Sum(),
            AvgTotalLatencyMs = latencies.Count == 0 ? null : (double)latencies.Sum() / latencies.Count,
            P95TotalLatencyMs = latencies.Count == 0 ? null : latencies[Math.Max(0, (int)Math.Ceiling(0.95 * latencies.Count) - 1)],
            MaxTotalLatencyMs = latencies.Count == 0 ? null : latencies[^1],
            SumEouDelayMs = Sum(SummedFields[0]),
            SumLlmTtftMs = Sum(SummedFields[1]),
            SumTtsTtfbMs = Sum(SummedFields[2]),
            SumPromptTokens = Sum(SummedFields[3]),
            SumCompletionTokens = Sum(SummedFields[4]),
            SumTotalTokens = Sum(SummedFields[5]),
            SumSttDurationMs = Sum(SummedFields[6]),
        };
    }

    /// <summary>
    /// Adds another batch of the same hour, as SQLite's upsert does: counts and sums add, the average is recomputed,
    /// and when an hour spans batches the larger p95 is kept (an upper bound).
    /// </summary>
    public MetricsHourlyDocument Merge(MetricsHourlyDocument other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var latencySamples = LatencySamples + other.LatencySamples;
        var sumLatency = SumTotalLatencyMs + other.SumTotalLatencyMs;
        return this with
        {
            Samples = Samples + other.Samples,
            LatencySamples = latencySamples,
            SumTotalLatencyMs = sumLatency,
            AvgTotalLatencyMs = latencySamples == 0 ? null : (double)sumLatency / latencySamples,
            P95TotalLatencyMs = Max(P95TotalLatencyMs, other.P95TotalLatencyMs),
            MaxTotalLatencyMs = Max(MaxTotalLatencyMs, other.MaxTotalLatencyMs),
            SumEouDelayMs = SumEouDelayMs + other.SumEouDelayMs,
            SumLlmTtftMs = SumLlmTtftMs + other.SumLlmTtftMs,
            SumTtsTtfbMs = SumTtsTtfbMs + other.SumTtsTtfbMs,
            SumPromptTokens = SumPromptTokens + other.SumPromptTokens,
            SumCompletionTokens = SumCompletionTokens + other.SumCompletionTokens,
            SumTotalTokens = SumTotalTokens + other.SumTotalTokens,
            SumSttDurationMs = SumSttDurationMs + other.SumSttDurationMs,
        };
    }

    private static long? Max(long? a, long? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    /// <summary>A whole-number field read from its JSON text, whatever CLR type backs the node (parsed or built in code).</summary>
    private static long? Long(JsonObject turn, string field) =>
        turn[field] is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number
        && decimal.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? (long)number
            : null;
}
