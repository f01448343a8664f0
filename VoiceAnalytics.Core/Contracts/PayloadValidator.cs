using System.Globalization;
using System.Text.Json;

namespace VoiceAnalytics.Core.Contracts;

/// <summary>
/// Checks the structure of a session payload and collects its faults with their JSON paths, so the agent's
/// developers see the problems in one response. Every field the service reads is checked here, so a payload that
/// passes always deserializes: only what analysis needs is required (<c>session_id</c>, <c>start_time</c>,
/// <c>transcript.items</c>, each item's <c>type</c>, a message's <c>role</c>, a call's <c>name</c>); everything else
/// may be absent or null (null reads as absent: an empty list, an empty string, the field's default) and is
/// type-checked when present. Numbers must be finite and in range: dates and epoch seconds within 1970-9000, other
/// numbers within ±10^15, counts whole. Unknown fields and unknown item or metrics types are accepted.
/// </summary>
internal static class PayloadValidator
{
    /// <summary>The largest magnitude of a number the contract reads (other than epoch seconds).</summary>
    public const double MaxMagnitude = 1e15;

    /// <summary>Epoch seconds of 1970-01-01 and 9000-01-01, the range of every date and time (analysis reckons years ahead of them).</summary>
    public const double MinEpochSeconds = 0, MaxEpochSeconds = 221845392000;

    private static readonly DateTimeOffset MinDate = DateTimeOffset.UnixEpoch, MaxDate = DateTimeOffset.UnixEpoch.AddSeconds(MaxEpochSeconds);

    private enum FieldKind
    {
        Text,
        Flag,
        Number,
        Count,
        EpochSeconds,
        TextList,
    }

    private static readonly (string Name, FieldKind Kind)[] Envelope =
    [
        ("room_sid", FieldKind.Text), ("job_id", FieldKind.Text), ("agent_name", FieldKind.Text), ("agent_sdk_version", FieldKind.Text),
        ("close_reason", FieldKind.Text), ("shutdown_reason", FieldKind.Text), ("participant_id", FieldKind.Text), ("user_email", FieldKind.Text),
        ("user_name", FieldKind.Text),
    ];

    private static readonly (string Name, FieldKind Kind)[] ParticipantFields =
        [("identity", FieldKind.Text), ("sid", FieldKind.Text), ("name", FieldKind.Text), ("kind", FieldKind.Text), ("metadata", FieldKind.Text)];

    private static readonly (string Name, FieldKind Kind)[] MessageMetrics =
    [
        ("started_speaking_at", FieldKind.EpochSeconds), ("stopped_speaking_at", FieldKind.EpochSeconds), ("transcription_delay", FieldKind.Number),
        ("end_of_turn_delay", FieldKind.Number), ("on_user_turn_completed_delay", FieldKind.Number), ("llm_node_ttft", FieldKind.Number),
        ("tts_node_ttfb", FieldKind.Number), ("e2e_latency", FieldKind.Number),
    ];

    private static readonly (string Name, FieldKind Kind)[] ItemFields = [("id", FieldKind.Text), ("created_at", FieldKind.EpochSeconds)];

    private static readonly Dictionary<string, (string Name, FieldKind Kind)[]> ItemTypeFields = new(StringComparer.Ordinal)
    {
        ["message"] = [("interrupted", FieldKind.Flag)],
        ["function_call"] = [("call_id", FieldKind.Text), ("arguments", FieldKind.Text)],
        ["function_call_output"] = [("call_id", FieldKind.Text), ("name", FieldKind.Text), ("output", FieldKind.Text), ("is_error", FieldKind.Flag)],
        ["agent_handoff"] = [("old_agent_id", FieldKind.Text), ("new_agent_id", FieldKind.Text)],
        ["agent_config_update"] = [("instructions", FieldKind.Text), ("tools_added", FieldKind.TextList), ("tools_removed", FieldKind.TextList)],
    };

    private static readonly (string Name, FieldKind Kind)[] MetricsFields =
        [("label", FieldKind.Text), ("request_id", FieldKind.Text), ("timestamp", FieldKind.EpochSeconds)];

    private static readonly (string Name, FieldKind Kind)[] MetricsMetadataFields = [("model_name", FieldKind.Text), ("model_provider", FieldKind.Text)];

    private static readonly Dictionary<string, (string Name, FieldKind Kind)[]> MetricsTypeFields = new(StringComparer.Ordinal)
    {
        ["llm_metrics"] =
        [
            ("duration", FieldKind.Number), ("ttft", FieldKind.Number), ("cancelled", FieldKind.Flag), ("completion_tokens", FieldKind.Count),
            ("prompt_tokens", FieldKind.Count), ("prompt_cached_tokens", FieldKind.Count), ("cache_creation_tokens", FieldKind.Count),
            ("total_tokens", FieldKind.Count), ("tokens_per_second", FieldKind.Number), ("speech_id", FieldKind.Text),
        ],
        ["stt_metrics"] = [("duration", FieldKind.Number), ("audio_duration", FieldKind.Number), ("streamed", FieldKind.Flag)],
        ["tts_metrics"] =
        [
            ("ttfb", FieldKind.Number), ("duration", FieldKind.Number), ("audio_duration", FieldKind.Number), ("cancelled", FieldKind.Flag),
            ("characters_count", FieldKind.Count), ("streamed", FieldKind.Flag), ("segment_id", FieldKind.Text), ("speech_id", FieldKind.Text),
        ],
        ["eou_metrics"] =
        [
            ("end_of_utterance_delay", FieldKind.Number), ("transcription_delay", FieldKind.Number),
            ("on_user_turn_completed_delay", FieldKind.Number), ("speech_id", FieldKind.Text),
        ],
        ["vad_metrics"] = [("idle_time", FieldKind.Number), ("inference_duration_total", FieldKind.Number), ("inference_count", FieldKind.Count)],
    };

    private static readonly Dictionary<string, FieldKind> UsageSummaryFields = new(StringComparer.Ordinal)
    {
        ["tts_audio_duration"] = FieldKind.Number,
        ["stt_audio_duration"] = FieldKind.Number,
    };

    private static readonly (string Name, FieldKind Kind)[] ModelUsageFields =
    [
        ("type", FieldKind.Text), ("provider", FieldKind.Text), ("model", FieldKind.Text), ("input_tokens", FieldKind.Count),
        ("input_cached_tokens", FieldKind.Count), ("output_tokens", FieldKind.Count), ("characters_count", FieldKind.Count),
        ("audio_duration", FieldKind.Number), ("session_duration", FieldKind.Number),
    ];

    private static readonly (string Name, FieldKind Kind)[] ToolCallFields =
    [
        ("call_id", FieldKind.Text), ("output", FieldKind.Text), ("is_error", FieldKind.Flag), ("started_at", FieldKind.EpochSeconds),
        ("completed_at", FieldKind.EpochSeconds), ("duration_seconds", FieldKind.Number), ("speech_id", FieldKind.Text),
    ];

    private static readonly (string Name, FieldKind Kind)[] ConnectionFields =
        [("bandwidth_in", FieldKind.Number), ("bandwidth_out", FieldKind.Number), ("packet_loss", FieldKind.Number), ("jitter", FieldKind.Number)];

    public static void Validate(JsonElement root, PayloadFaults faults)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            faults.Add("$", "The body must be a JSON object.");
            return;
        }

        ValidateSessionId(root, faults);
        RequiredDate(root, "$", "start_time", faults);
        OptionalDate(root, "$", "end_time", faults);
        Check(root, "$", "duration_seconds", FieldKind.Number, faults, minimum: 0);
        CheckAll(root, "$", Envelope, faults);
        ValidateObject(root, "$", "participant", faults, static (participant, path, faults) =>
        {
            CheckAll(participant, path, ParticipantFields, faults);
            ValidateObject(participant, path, "attributes", faults, static (attributes, attributesPath, faults) =>
            {
                foreach (var attribute in attributes.EnumerateObject())
                {
                    if (attribute.Value.ValueKind != JsonValueKind.String)
                    {
                        faults.Add(faults.Child(attributesPath, attribute.Name), $"Must be a string, not {Kind(attribute.Value)}.");
                    }
                }
            });
        });
        ValidateTranscript(root, faults);
        ValidateArray(root, "metrics", faults, ValidateMetricsRecord);
        ValidateObject(root, "$", "usage_summary", faults, ValidateUsageSummary);
        ValidateArray(root, "model_usage", faults, static (entry, path, faults) => CheckAll(entry, path, ModelUsageFields, faults));
        ValidateObject(root, "$", "discovered_signals", faults, static (_, _, _) => { });
        ValidateArray(root, "tool_calls", faults, static (call, path, faults) =>
        {
            RequiredString(call, path, "name", faults);
            CheckAll(call, path, ToolCallFields, faults);
        });
        ValidateObject(root, "$", "connection_quality", faults, static (quality, path, faults) => CheckAll(quality, path, ConnectionFields, faults));
    }

    private static void ValidateSessionId(JsonElement root, PayloadFaults faults)
    {
        if (!root.TryGetProperty("session_id", out var id) || id.ValueKind == JsonValueKind.Null)
        {
            faults.Add("$.session_id", "Required: the session's id, a string.");
        }
        else if (id.ValueKind != JsonValueKind.String)
        {
            faults.Add("$.session_id", $"Must be a string, not {Kind(id)}.");
        }
        else if (!SessionIds.IsValid(id.GetString()!))
        {
            faults.Add("$.session_id", SessionIds.Rule);
        }
    }

    private static void ValidateTranscript(JsonElement root, PayloadFaults faults)
    {
        if (!root.TryGetProperty("transcript", out var transcript) || transcript.ValueKind == JsonValueKind.Null)
        {
            faults.Add("$.transcript", "Required: an object with an \"items\" array (session.history.to_dict()).");
            return;
        }

        if (transcript.ValueKind != JsonValueKind.Object)
        {
            faults.Add("$.transcript", $"Must be an object, not {Kind(transcript)}.");
            return;
        }

        if (!transcript.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            faults.Add("$.transcript.items", items.ValueKind == JsonValueKind.Undefined
                ? "Required: an array of transcript items (it may be empty)."
                : $"Must be an array of transcript items (it may be empty), not {Kind(items)}.");
            return;
        }

        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            ValidateTranscriptItem(item, faults.Index("$.transcript.items", index++), faults);
        }
    }

    private static void ValidateTranscriptItem(JsonElement item, string path, PayloadFaults faults)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            faults.Add(path, $"Must be an object, not {Kind(item)}.");
            return;
        }

        var type = RequiredString(item, path, "type", faults);
        CheckAll(item, path, ItemFields, faults);
        if (type is not null && ItemTypeFields.TryGetValue(type, out var fields))
        {
            CheckAll(item, path, fields, faults);
        }

        switch (type)
        {
            case "message":
                RequiredString(item, path, "role", faults);
                ValidateContent(item, path, faults);
                Check(item, path, "transcript_confidence", FieldKind.Number, faults, minimum: 0);
                ValidateObject(item, path, "metrics", faults, static (metrics, metricsPath, faults) => CheckAll(metrics, metricsPath, MessageMetrics, faults));
                break;
            case "function_call":
                RequiredString(item, path, "name", faults);
                break;
            default:
                break; // the other types' fields are checked above; unknown types: nothing analysis depends on
        }
    }

    private static void ValidateContent(JsonElement item, string path, PayloadFaults faults)
    {
        if (!item.TryGetProperty("content", out var content) || content.ValueKind is JsonValueKind.Null or JsonValueKind.String)
        {
            return;
        }

        if (content.ValueKind != JsonValueKind.Array)
        {
            faults.Add(path + ".content", $"Must be an array of strings, not {Kind(content)}.");
            return;
        }

        var index = 0;
        foreach (var part in content.EnumerateArray())
        {
            // Image and audio parts are objects and are skipped, as are nulls; anything else is a fault.
            if (part.ValueKind is not (JsonValueKind.String or JsonValueKind.Object or JsonValueKind.Null))
            {
                faults.Add(faults.Index(path + ".content", index), $"Must be a string or a content object, not {Kind(part)}.");
            }

            index++;
        }
    }

    private static void ValidateMetricsRecord(JsonElement record, string path, PayloadFaults faults)
    {
        var type = RequiredString(record, path, "type", faults);
        CheckAll(record, path, MetricsFields, faults);
        ValidateObject(record, path, "metadata", faults, static (metadata, metadataPath, faults) => CheckAll(metadata, metadataPath, MetricsMetadataFields, faults));
        if (type is not null && MetricsTypeFields.TryGetValue(type, out var fields))
        {
            CheckAll(record, path, fields, faults);
        }
    }

    private static void ValidateUsageSummary(JsonElement usage, string path, PayloadFaults faults)
    {
        foreach (var property in usage.EnumerateObject())
        {
            // LiveKit's totals: counts of tokens and characters, and two durations; unknown ones must be numbers.
            var kind = UsageSummaryFields.GetValueOrDefault(property.Name, property.Name.StartsWith("llm_", StringComparison.Ordinal)
                || property.Name.EndsWith("_count", StringComparison.Ordinal) ? FieldKind.Count : FieldKind.Number);
            Check(usage, path, property.Name, kind, faults);
        }
    }

    private static void ValidateArray(JsonElement root, string name, PayloadFaults faults, Action<JsonElement, string, PayloadFaults> validateEntry)
    {
        var path = "$." + name;
        if (!root.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            faults.Add(path, $"Must be an array (or null), not {Kind(array)}.");
            return;
        }

        var index = 0;
        foreach (var entry in array.EnumerateArray())
        {
            var entryPath = faults.Index(path, index++);
            if (entry.ValueKind != JsonValueKind.Object)
            {
                faults.Add(entryPath, $"Must be an object, not {Kind(entry)}.");
                continue;
            }

            validateEntry(entry, entryPath, faults);
        }
    }

    private static void ValidateObject(JsonElement parent, string parentPath, string name, PayloadFaults faults, Action<JsonElement, string, PayloadFaults> validate)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        var path = faults.Child(parentPath, name);
        if (value.ValueKind != JsonValueKind.Object)
        {
            faults.Add(path, $"Must be an object (or null), not {Kind(value)}.");
            return;
        }

        validate(value, path, faults);
    }

    private static string? RequiredString(JsonElement parent, string path, string name, PayloadFaults faults)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            faults.Add(faults.Child(path, name), "Required: a string.");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            faults.Add(faults.Child(path, name), $"Must be a string, not {Kind(value)}.");
            return null;
        }

        return value.GetString();
    }

    private static void CheckAll(JsonElement parent, string path, (string Name, FieldKind Kind)[] fields, PayloadFaults faults)
    {
        foreach (var (name, kind) in fields)
        {
            Check(parent, path, name, kind, faults);
        }
    }

    /// <summary>Checks an optional field: absent and null are fine, anything else must be of its kind and in range.</summary>
    private static void Check(JsonElement parent, string path, string name, FieldKind kind, PayloadFaults faults, double? minimum = null)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (Fault(value, kind, minimum) is { } message)
        {
            faults.Add(faults.Child(path, name), message);
        }
    }

    private static string? Fault(JsonElement value, FieldKind kind, double? minimum)
    {
        switch (kind)
        {
            case FieldKind.Text:
                return value.ValueKind == JsonValueKind.String ? null : $"Must be a string, not {Kind(value)}.";
            case FieldKind.Flag:
                return value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : $"Must be true or false, not {Kind(value)}.";
            case FieldKind.TextList:
                return value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String)
                    ? null
                    : $"Must be an array of strings, not {(value.ValueKind == JsonValueKind.Array ? "an array holding other values" : Kind(value))}.";
            default:
                break;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            return $"Must be a number, not {Kind(value)}.";
        }

        if (!value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            return null; // the scan reported it as not finite
        }

        return kind switch
        {
            FieldKind.EpochSeconds when number is < MinEpochSeconds or > MaxEpochSeconds =>
                $"Must be epoch seconds between {MinEpochSeconds:F0} and {MaxEpochSeconds:F0} (years 1970 to 9000).",
            FieldKind.Count when !value.TryGetInt64(out var count) || Math.Abs(count) > MaxMagnitude =>
                "Must be a whole number (no decimal point or exponent) between -10^15 and 10^15.",
            FieldKind.Number when Math.Abs(number) > MaxMagnitude => "Must be a number between -10^15 and 10^15.",
            _ when minimum is { } min && number < min => $"Must be at least {min.ToString(CultureInfo.InvariantCulture)}.",
            _ => null,
        };
    }

    private static void RequiredDate(JsonElement parent, string path, string name, PayloadFaults faults)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            faults.Add(faults.Child(path, name), "Required: an ISO 8601 date-time with offset, such as 2026-08-18T15:02:11.482913+00:00.");
            return;
        }

        CheckDate(value, faults.Child(path, name), faults);
    }

    private static void OptionalDate(JsonElement parent, string path, string name, PayloadFaults faults)
    {
        if (parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            CheckDate(value, faults.Child(path, name), faults);
        }
    }

    private static void CheckDate(JsonElement value, string path, PayloadFaults faults)
    {
        if (value.ValueKind != JsonValueKind.String || !value.TryGetDateTimeOffset(out var date))
        {
            faults.Add(path, "Must be an ISO 8601 date-time string, such as 2026-08-18T15:02:11.482913+00:00.");
        }
        else if (date < MinDate || date >= MaxDate)
        {
            faults.Add(path, "Must be a date-time between 1970-01-01 and 9000-01-01.");
        }
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "missing",
    };
}
