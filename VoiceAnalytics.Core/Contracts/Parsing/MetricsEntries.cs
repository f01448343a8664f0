using System.Text.Json;
using VoiceAnalytics.Core.Contracts.Metrics;

namespace VoiceAnalytics.Core.Contracts.Parsing;

/// <summary>
/// Reads the <c>metrics</c> section entry by entry. An entry is a LiveKit metrics record
/// (<c>model_dump(mode="json")</c> of a livekit-agents 1.7 <c>metrics/base.py</c> model), or wraps one: a
/// <c>metrics_collected</c> event (<c>voice/events.py</c> <c>MetricsCollectedEvent</c>), or the seeds' buffer entry
/// <c>{"timestamp": iso, "metrics": record}</c> where the record may be an object or the text of
/// <c>str(ev.metrics)</c> (<see cref="PythonRepr"/>). A record whose fields have the wrong type is skipped with a warning.
/// </summary>
internal static class MetricsEntries
{
    private static readonly (string Name, FieldKind Kind)[] CommonFields =
        [("label", FieldKind.Text), ("request_id", FieldKind.Text), ("timestamp", FieldKind.EpochSeconds)];

    private static readonly (string Name, FieldKind Kind)[] MetadataFields = [("model_name", FieldKind.Text), ("model_provider", FieldKind.Text)];

    private static readonly (string Name, FieldKind Kind)[] ConnectionFields = [("acquire_time", FieldKind.Number), ("connection_reused", FieldKind.Flag)];

    private static readonly Dictionary<string, (string Name, FieldKind Kind)[]> TypeFields = new(StringComparer.Ordinal)
    {
        ["llm_metrics"] =
        [
            ("duration", FieldKind.Number), ("ttft", FieldKind.Number), ("cancelled", FieldKind.Flag), ("completion_tokens", FieldKind.Count),
            ("prompt_tokens", FieldKind.Count), ("prompt_cached_tokens", FieldKind.Count), ("cache_creation_tokens", FieldKind.Count),
            ("total_tokens", FieldKind.Count), ("tokens_per_second", FieldKind.Number), ("speech_id", FieldKind.Text),
        ],
        ["stt_metrics"] =
        [
            ("duration", FieldKind.Number), ("audio_duration", FieldKind.Number), ("streamed", FieldKind.Flag),
            ("input_tokens", FieldKind.Count), ("output_tokens", FieldKind.Count), .. ConnectionFields,
        ],
        ["tts_metrics"] =
        [
            ("ttfb", FieldKind.Number), ("duration", FieldKind.Number), ("audio_duration", FieldKind.Number), ("cancelled", FieldKind.Flag),
            ("characters_count", FieldKind.Count), ("streamed", FieldKind.Flag), ("segment_id", FieldKind.Text), ("speech_id", FieldKind.Text),
            ("input_tokens", FieldKind.Count), ("output_tokens", FieldKind.Count), .. ConnectionFields,
        ],
        ["eou_metrics"] =
        [
            ("end_of_utterance_delay", FieldKind.Number), ("transcription_delay", FieldKind.Number),
            ("on_user_turn_completed_delay", FieldKind.Number), ("speech_id", FieldKind.Text),
        ],
        ["vad_metrics"] = [("idle_time", FieldKind.Number), ("inference_duration_total", FieldKind.Number), ("inference_count", FieldKind.Count)],
        ["realtime_model_metrics"] =
        [
            ("duration", FieldKind.Number), ("session_duration", FieldKind.Number), ("ttft", FieldKind.Number), ("cancelled", FieldKind.Flag),
            ("input_tokens", FieldKind.Count), ("output_tokens", FieldKind.Count), ("total_tokens", FieldKind.Count),
            ("tokens_per_second", FieldKind.Number), .. ConnectionFields,
        ],
        ["eot_inference_metrics"] =
        [
            ("total_duration", FieldKind.Number), ("detection_delay", FieldKind.Number), ("prediction_duration", FieldKind.Number),
            ("num_requests", FieldKind.Count),
        ],
        ["interruption_metrics"] =
        [
            ("total_duration", FieldKind.Number), ("prediction_duration", FieldKind.Number), ("detection_delay", FieldKind.Number),
            ("num_interruptions", FieldKind.Count), ("num_backchannels", FieldKind.Count), ("num_requests", FieldKind.Count),
        ],
        ["avatar_metrics"] =
        [
            ("playback_latency", FieldKind.Number), ("session_started_time", FieldKind.EpochSeconds), ("avatar_joined_time", FieldKind.EpochSeconds),
        ],
    };

    private static readonly (string Name, FieldKind Kind)[] TokenKindFields =
        [("audio_tokens", FieldKind.Count), ("text_tokens", FieldKind.Count), ("image_tokens", FieldKind.Count)];

    private static readonly (string Name, FieldKind Kind)[] InputDetailFields = [.. TokenKindFields, ("cached_tokens", FieldKind.Count)];

    /// <summary>Every entry that reads as a record, in order; the others are reported on <paramref name="checker"/>.</summary>
    public static List<MetricsRecord> Read(JsonElement array, string path, EntryChecker checker) =>
        ReadAllAtOnce(array) ?? ReadEach(array, path, checker);

    /// <summary>
    /// The common case, every entry a plain record that passes its checks: one deserialization of the whole array
    /// instead of one per entry (a call sets up a reader stack; a call per entry was ~a tenth of a drained session's
    /// allocations at 373 entries), and no JSON paths built. Null for any other array, which is read entry by entry
    /// with its warnings; the records are the same either way.
    /// </summary>
    private static List<MetricsRecord>? ReadAllAtOnce(JsonElement array)
    {
        var faults = new PayloadFaults(cap: 0);
        foreach (var entry in array.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object || IsWrapped(entry, out _))
            {
                return null;
            }

            Check(entry, "$", faults);
            if (faults.ErrorCount > 0)
            {
                return null;
            }
        }

        try
        {
            return array.Deserialize<List<MetricsRecord>>(PayloadJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<MetricsRecord> ReadEach(JsonElement array, string path, EntryChecker checker)
    {
        var records = new List<MetricsRecord>(array.GetArrayLength());
        var index = 0;
        foreach (var entry in array.EnumerateArray())
        {
            var entryPath = checker.Index(path, index++);
            var faults = checker.Begin();
            var record = ReadEntry(entry, entryPath, faults, checker);
            if (checker.Accept() && record is not null)
            {
                records.Add(record);
            }
        }

        return records;
    }

    /// <summary>A <c>metrics_collected</c> event or a buffer entry: the record is <paramref name="inner"/> (an object or the text of one).</summary>
    private static bool IsWrapped(JsonElement entry, out JsonElement inner)
    {
        var hasType = entry.TryGetProperty("type", out var type) && type.ValueKind != JsonValueKind.Null;
        return entry.TryGetProperty("metrics", out inner) && inner.ValueKind is JsonValueKind.Object or JsonValueKind.String
            && (!hasType || type.ValueEquals("metrics_collected"u8));
    }

    private static MetricsRecord? ReadEntry(JsonElement entry, string path, PayloadFaults faults, EntryChecker checker)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            faults.Add(path, $"Must be an object (a LiveKit metrics record), not {FieldRules.Kind(entry)}.");
            return null;
        }

        if (!IsWrapped(entry, out var inner))
        {
            return Record(entry, path, faults);
        }

        var innerPath = checker.Child(path, "metrics");
        if (inner.ValueKind == JsonValueKind.Object)
        {
            return Record(inner, innerPath, faults);
        }

        using var parsed = PythonRepr.ToJson(inner.GetString()!, out var error);
        if (parsed is null)
        {
            faults.Add(innerPath, error!);
            return null;
        }

        if (parsed.RootElement.ValueKind != JsonValueKind.Object)
        {
            faults.Add(innerPath, "Must describe one metrics record.");
            return null;
        }

        return Record(parsed.RootElement, innerPath, faults);
    }

    private static MetricsRecord? Record(JsonElement record, string path, PayloadFaults faults)
    {
        Check(record, path, faults);
        if (faults.ErrorCount > 0)
        {
            return null;
        }

        try
        {
            return record.Deserialize<MetricsRecord>(PayloadJson.Options);
        }
        catch (JsonException)
        {
            faults.Add(path, "This record does not have the shape of a LiveKit metrics record.");
            return null;
        }
    }

    /// <summary>The field checks of one record: a field of the wrong type is a fault on <paramref name="faults"/>.</summary>
    private static void Check(JsonElement record, string path, PayloadFaults faults)
    {
        var type = FieldRules.RequiredString(record, path, "type", faults);
        FieldRules.CheckAll(record, path, CommonFields, faults);
        FieldRules.CheckObject(record, path, "metadata", faults, static (metadata, metadataPath, faults) => FieldRules.CheckAll(metadata, metadataPath, MetadataFields, faults));
        if (type is not null && TypeFields.TryGetValue(type, out var fields))
        {
            FieldRules.CheckAll(record, path, fields, faults);
        }

        if (type == "realtime_model_metrics")
        {
            FieldRules.CheckObject(record, path, "input_token_details", faults, static (details, detailsPath, faults) =>
            {
                FieldRules.CheckAll(details, detailsPath, InputDetailFields, faults);
                FieldRules.CheckObject(details, detailsPath, "cached_tokens_details", faults, static (cached, cachedPath, faults) => FieldRules.CheckAll(cached, cachedPath, TokenKindFields, faults));
            });
            FieldRules.CheckObject(record, path, "output_token_details", faults, static (details, detailsPath, faults) => FieldRules.CheckAll(details, detailsPath, TokenKindFields, faults));
        }
    }
}
