using System.Text.Json;
using System.Text.Json.Serialization;
using VoiceAnalytics.Core.Contracts.Metrics;

namespace VoiceAnalytics.Core.Contracts.Parsing;

/// <summary>
/// A message's per-message metrics (livekit-agents 1.7 <c>llm/chat_context.py</c> <c>MetricsReport</c>) are the agent
/// library's, not analysis's core: a bad one is reported as a warning and read as absent, and the message is kept.
/// The validator reports it (<see cref="Check"/>); the converter drops it by the same rules.
/// </summary>
internal sealed class LenientMessageMetrics : JsonConverter<MessageMetrics?>
{
    private static readonly (string Name, FieldKind Kind)[] Fields =
    [
        ("started_speaking_at", FieldKind.EpochSeconds), ("stopped_speaking_at", FieldKind.EpochSeconds), ("transcription_delay", FieldKind.Number),
        ("end_of_turn_delay", FieldKind.Number), ("on_user_turn_completed_delay", FieldKind.Number), ("llm_node_ttft", FieldKind.Number),
        ("llm_node_tps", FieldKind.Number), ("llm_node_ttfs", FieldKind.Number), ("tts_node_ttfb", FieldKind.Number),
        ("playback_latency", FieldKind.Number), ("e2e_latency", FieldKind.Number), ("provider_request_ids", FieldKind.TextList),
    ];

    private static readonly string[] MetadataNames = ["llm_metadata", "tts_metadata", "stt_metadata"];

    private static readonly (string Name, FieldKind Kind)[] MetadataFields = [("model_name", FieldKind.Text), ("model_provider", FieldKind.Text)];

    /// <summary>Reports a message's bad <c>metrics</c> as a warning on <paramref name="faults"/>.</summary>
    public static void Check(JsonElement message, string path, PayloadFaults faults)
    {
        if (!message.TryGetProperty("metrics", out var metrics) || metrics.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        var checker = new EntryChecker(faults);
        CheckInto(metrics, faults.WarningsFull ? "$…" : JsonPaths.Child(path, "metrics"), checker.Begin());
        checker.Accept();
    }

    public override MessageMetrics? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var faults = new PayloadFaults(cap: 0);
        CheckInto(document.RootElement, "$", faults);
        return faults.ErrorCount > 0 || document.RootElement.ValueKind == JsonValueKind.Null
            ? null
            : document.RootElement.Deserialize<MessageMetrics>(options);
    }

    public override void Write(Utf8JsonWriter writer, MessageMetrics? value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);

    public override bool HandleNull => true;

    private static void CheckInto(JsonElement metrics, string path, PayloadFaults faults)
    {
        if (metrics.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (metrics.ValueKind != JsonValueKind.Object)
        {
            faults.Add(path, $"Must be an object (LiveKit's per-message metrics), not {FieldRules.Kind(metrics)}.");
            return;
        }

        FieldRules.CheckAll(metrics, path, Fields, faults);
        foreach (var name in MetadataNames)
        {
            FieldRules.CheckObject(metrics, path, name, faults, static (metadata, metadataPath, faults) => FieldRules.CheckAll(metadata, metadataPath, MetadataFields, faults));
        }
    }
}
