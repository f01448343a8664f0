using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace VoiceAnalytics.Core.Contracts;

/// <summary>
/// Checks the structure of a session payload and collects every fault with its JSON path, so the agent's
/// developers see all problems in one response. Only what analysis relies on is required; everything else is
/// type-checked when present. Null is accepted wherever a field is optional (LiveKit leaves nulls out, others may not).
/// </summary>
internal static partial class PayloadValidator
{
    private static readonly string[] EnvelopeStrings =
        ["room_sid", "job_id", "agent_name", "agent_sdk_version", "close_reason", "shutdown_reason", "participant_id", "user_email", "user_name"];
    private static readonly string[] MessageMetricNumbers =
        ["started_speaking_at", "stopped_speaking_at", "transcription_delay", "end_of_turn_delay", "on_user_turn_completed_delay", "llm_node_ttft", "tts_node_ttfb", "e2e_latency"];
    private static readonly string[] MetricsNumbers =
        ["timestamp", "duration", "ttft", "ttfb", "audio_duration", "completion_tokens", "prompt_tokens", "prompt_cached_tokens", "total_tokens",
         "tokens_per_second", "characters_count", "end_of_utterance_delay", "transcription_delay", "on_user_turn_completed_delay", "idle_time"];
    private static readonly string[] ConnectionNumbers = ["bandwidth_in", "bandwidth_out", "packet_loss", "jitter"];
    private static readonly string[] ToolCallNumbers = ["started_at", "completed_at", "duration_seconds"];

    public static IReadOnlyList<PayloadError> Validate(JsonElement root)
    {
        var errors = new List<PayloadError>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("$", "The body must be a JSON object."));
            return errors;
        }

        ValidateSessionId(root, errors);
        RequiredDate(root, "$", "start_time", errors);
        OptionalDate(root, "$", "end_time", errors);
        OptionalNumber(root, "$", "duration_seconds", errors, minimum: 0);
        foreach (var name in EnvelopeStrings)
        {
            OptionalString(root, "$", name, errors);
        }

        ValidateParticipant(root, errors);
        ValidateTranscript(root, errors);
        ValidateArray(root, "metrics", errors, ValidateMetricsRecord);
        ValidateObject(root, "$", "usage_summary", errors, (usage, path) => AllNumbers(usage, path, errors));
        ValidateArray(root, "model_usage", errors, (entry, path) =>
        {
            OptionalString(entry, path, "type", errors);
            OptionalString(entry, path, "provider", errors);
            OptionalString(entry, path, "model", errors);
        });
        ValidateObject(root, "$", "discovered_signals", errors, (_, _) => { });
        ValidateArray(root, "tool_calls", errors, ValidateToolCall);
        ValidateObject(root, "$", "connection_quality", errors, (quality, path) =>
        {
            foreach (var name in ConnectionNumbers)
            {
                OptionalNumber(quality, path, name, errors);
            }
        });
        return errors;
    }

    private static void ValidateSessionId(JsonElement root, List<PayloadError> errors)
    {
        if (!root.TryGetProperty("session_id", out var id) || id.ValueKind == JsonValueKind.Null)
        {
            errors.Add(new("$.session_id", "Required."));
        }
        else if (id.ValueKind != JsonValueKind.String)
        {
            errors.Add(new("$.session_id", $"Must be a string, not {Kind(id)}."));
        }
        else if (!SessionIds.IsValid(id.GetString()!))
        {
            errors.Add(new("$.session_id", SessionIds.Rule));
        }
    }

    private static void ValidateParticipant(JsonElement root, List<PayloadError> errors) =>
        ValidateObject(root, "$", "participant", errors, (participant, path) =>
        {
            foreach (var name in (string[])["identity", "sid", "name", "kind", "metadata"])
            {
                OptionalString(participant, path, name, errors);
            }

            ValidateObject(participant, path, "attributes", errors, (attributes, attributesPath) =>
            {
                foreach (var attribute in attributes.EnumerateObject())
                {
                    if (attribute.Value.ValueKind != JsonValueKind.String)
                    {
                        errors.Add(new(Child(attributesPath, attribute.Name), $"Must be a string, not {Kind(attribute.Value)}."));
                    }
                }
            });
        });

    private static void ValidateTranscript(JsonElement root, List<PayloadError> errors)
    {
        if (!root.TryGetProperty("transcript", out var transcript) || transcript.ValueKind == JsonValueKind.Null)
        {
            errors.Add(new("$.transcript", "Required: an object with an \"items\" array (session.history.to_dict())."));
            return;
        }

        if (transcript.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("$.transcript", $"Must be an object, not {Kind(transcript)}."));
            return;
        }

        if (!transcript.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new("$.transcript.items", items.ValueKind == JsonValueKind.Undefined ? "Required." : $"Must be an array, not {Kind(items)}."));
            return;
        }

        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            ValidateTranscriptItem(item, $"$.transcript.items[{index++}]", errors);
        }
    }

    private static void ValidateTranscriptItem(JsonElement item, string path, List<PayloadError> errors)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(path, $"Must be an object, not {Kind(item)}."));
            return;
        }

        var type = RequiredString(item, path, "type", errors);
        OptionalString(item, path, "id", errors);
        OptionalNumber(item, path, "created_at", errors);
        switch (type)
        {
            case "message":
                RequiredString(item, path, "role", errors);
                ValidateContent(item, path, errors);
                OptionalBool(item, path, "interrupted", errors);
                OptionalNumber(item, path, "transcript_confidence", errors, minimum: 0);
                ValidateObject(item, path, "metrics", errors, (metrics, metricsPath) =>
                {
                    foreach (var name in MessageMetricNumbers)
                    {
                        OptionalNumber(metrics, metricsPath, name, errors);
                    }
                });
                break;
            case "function_call":
                OptionalString(item, path, "call_id", errors);
                RequiredString(item, path, "name", errors);
                OptionalString(item, path, "arguments", errors);
                break;
            case "function_call_output":
                OptionalString(item, path, "call_id", errors);
                OptionalString(item, path, "name", errors);
                OptionalString(item, path, "output", errors);
                OptionalBool(item, path, "is_error", errors);
                break;
            default:
                break; // agent_handoff, agent_config_update and unknown types: nothing analysis depends on
        }
    }

    private static void ValidateContent(JsonElement item, string path, List<PayloadError> errors)
    {
        if (!item.TryGetProperty("content", out var content) || content.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (content.ValueKind is not (JsonValueKind.Array or JsonValueKind.String))
        {
            errors.Add(new(path + ".content", $"Must be an array of strings, not {Kind(content)}."));
            return;
        }

        if (content.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var part in content.EnumerateArray())
            {
                // Image and audio parts are objects; anything else is a fault.
                if (part.ValueKind is not (JsonValueKind.String or JsonValueKind.Object))
                {
                    errors.Add(new($"{path}.content[{index}]", $"Must be a string or a content object, not {Kind(part)}."));
                }

                index++;
            }
        }
    }

    private static void ValidateMetricsRecord(JsonElement record, string path, List<PayloadError> errors)
    {
        RequiredString(record, path, "type", errors);
        foreach (var name in MetricsNumbers)
        {
            OptionalNumber(record, path, name, errors);
        }
    }

    private static void ValidateToolCall(JsonElement call, string path, List<PayloadError> errors)
    {
        RequiredString(call, path, "name", errors);
        OptionalString(call, path, "call_id", errors);
        OptionalString(call, path, "output", errors);
        OptionalBool(call, path, "is_error", errors);
        foreach (var name in ToolCallNumbers)
        {
            OptionalNumber(call, path, name, errors);
        }
    }

    private static void ValidateArray(JsonElement root, string name, List<PayloadError> errors, Action<JsonElement, string, List<PayloadError>> validateEntry)
    {
        var path = "$." + name;
        if (!root.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new(path, $"Must be an array, not {Kind(array)}."));
            return;
        }

        var index = 0;
        foreach (var entry in array.EnumerateArray())
        {
            var entryPath = $"{path}[{index++}]";
            if (entry.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new(entryPath, $"Must be an object, not {Kind(entry)}."));
                continue;
            }

            validateEntry(entry, entryPath, errors);
        }
    }

    private static void ValidateArray(JsonElement root, string name, List<PayloadError> errors, Action<JsonElement, string> validateEntry) =>
        ValidateArray(root, name, errors, (entry, path, _) => validateEntry(entry, path));

    private static void ValidateObject(JsonElement parent, string parentPath, string name, List<PayloadError> errors, Action<JsonElement, string> validate)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        var path = Child(parentPath, name);
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(path, $"Must be an object, not {Kind(value)}."));
            return;
        }

        validate(value, path);
    }

    private static void AllNumbers(JsonElement obj, string path, List<PayloadError> errors)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (property.Value.ValueKind is not (JsonValueKind.Number or JsonValueKind.Null))
            {
                errors.Add(new(Child(path, property.Name), $"Must be a number, not {Kind(property.Value)}."));
            }
        }
    }

    private static string? RequiredString(JsonElement parent, string path, string name, List<PayloadError> errors)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            errors.Add(new(Child(path, name), "Required."));
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(new(Child(path, name), $"Must be a string, not {Kind(value)}."));
            return null;
        }

        return value.GetString();
    }

    private static void OptionalString(JsonElement parent, string path, string name, List<PayloadError> errors)
    {
        if (parent.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            errors.Add(new(Child(path, name), $"Must be a string, not {Kind(value)}."));
        }
    }

    private static void OptionalBool(JsonElement parent, string path, string name, List<PayloadError> errors)
    {
        if (parent.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null))
        {
            errors.Add(new(Child(path, name), $"Must be true or false, not {Kind(value)}."));
        }
    }

    private static void OptionalNumber(JsonElement parent, string path, string name, List<PayloadError> errors, double? minimum = null)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            errors.Add(new(Child(path, name), $"Must be a number, not {Kind(value)}."));
        }
        else if (minimum is { } min && value.GetDouble() < min)
        {
            errors.Add(new(Child(path, name), $"Must be at least {min.ToString(CultureInfo.InvariantCulture)}."));
        }
    }

    private static void RequiredDate(JsonElement parent, string path, string name, List<PayloadError> errors)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            errors.Add(new(Child(path, name), "Required: an ISO 8601 date-time with offset."));
            return;
        }

        CheckDate(value, Child(path, name), errors);
    }

    private static void OptionalDate(JsonElement parent, string path, string name, List<PayloadError> errors)
    {
        if (parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            CheckDate(value, Child(path, name), errors);
        }
    }

    private static void CheckDate(JsonElement value, string path, List<PayloadError> errors)
    {
        if (value.ValueKind != JsonValueKind.String || !value.TryGetDateTimeOffset(out _))
        {
            errors.Add(new(path, "Must be an ISO 8601 date-time string, such as 2026-08-18T15:02:11.482913+00:00."));
        }
    }

    private static string Child(string path, string name) =>
        SimpleName().IsMatch(name) ? $"{path}.{name}" : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

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

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex SimpleName();
}
