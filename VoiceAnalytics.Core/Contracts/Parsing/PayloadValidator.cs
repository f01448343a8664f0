using System.Text.Json;

namespace VoiceAnalytics.Core.Contracts.Parsing;

/// <summary>
/// Checks the strict part of a session payload, what analysis depends on, and collects its faults with their JSON
/// paths, so the agent's developers see the problems in one response: the envelope, <c>participant</c> and the
/// transcript. Only what analysis needs is required (<c>session_id</c>, <c>start_time</c>, <c>transcript.items</c>,
/// each item's <c>type</c>, a message's <c>role</c>, a call's <c>name</c>); everything else may be absent or null (null
/// reads as absent) and is type-checked when present (<see cref="FieldRules"/>). A message's own <c>metrics</c> is
/// the agent library's: a bad one is a warning and is dropped (<see cref="LenientMessageMetrics"/>). The sections the
/// agent defines are read by <see cref="LenientSections"/>. Unknown fields and unknown item types are accepted.
/// </summary>
internal static class PayloadValidator
{
    private static readonly (string Name, FieldKind Kind)[] Envelope =
    [
        ("room_sid", FieldKind.Text), ("job_id", FieldKind.Text), ("agent_name", FieldKind.Text), ("agent_sdk_version", FieldKind.Text),
        ("close_reason", FieldKind.Text), ("shutdown_reason", FieldKind.Text), ("participant_id", FieldKind.Text), ("user_email", FieldKind.Text),
        ("user_name", FieldKind.Text),
    ];

    private static readonly (string Name, FieldKind Kind)[] ParticipantFields =
        [("identity", FieldKind.Text), ("sid", FieldKind.Text), ("name", FieldKind.Text), ("kind", FieldKind.Text), ("metadata", FieldKind.Text)];

    private static readonly (string Name, FieldKind Kind)[] ItemFields = [("id", FieldKind.Text), ("created_at", FieldKind.EpochSeconds)];

    private static readonly Dictionary<string, (string Name, FieldKind Kind)[]> ItemTypeFields = new(StringComparer.Ordinal)
    {
        ["message"] = [("interrupted", FieldKind.Flag)],
        ["function_call"] = [("call_id", FieldKind.Text), ("arguments", FieldKind.Text), ("group_id", FieldKind.Text)],
        ["function_call_output"] =
        [
            ("call_id", FieldKind.Text), ("name", FieldKind.Text), ("output", FieldKind.Text), ("is_error", FieldKind.Flag), ("reply_required", FieldKind.Flag),
        ],
        ["agent_handoff"] = [("old_agent_id", FieldKind.Text), ("new_agent_id", FieldKind.Text)],
        ["agent_config_update"] = [("instructions", FieldKind.Text), ("tools_added", FieldKind.TextList), ("tools_removed", FieldKind.TextList)],
    };

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
        FieldRules.Check(root, "$", "duration_seconds", FieldKind.Number, faults, minimum: 0);
        FieldRules.CheckAll(root, "$", Envelope, faults);
        FieldRules.CheckObject(root, "$", "participant", faults, static (participant, path, faults) =>
        {
            FieldRules.CheckAll(participant, path, ParticipantFields, faults);
            FieldRules.CheckObject(participant, path, "attributes", faults, static (attributes, attributesPath, faults) =>
            {
                foreach (var attribute in attributes.EnumerateObject())
                {
                    if (attribute.Value.ValueKind != JsonValueKind.String)
                    {
                        faults.Add(faults.Child(attributesPath, attribute.Name), $"Must be a string, not {FieldRules.Kind(attribute.Value)}.");
                    }
                }
            });
        });
        ValidateTranscript(root, faults);
    }

    private static void ValidateSessionId(JsonElement root, PayloadFaults faults)
    {
        if (!root.TryGetProperty("session_id", out var id) || id.ValueKind == JsonValueKind.Null)
        {
            faults.Add("$.session_id", "Required: the session's id, a string.");
        }
        else if (id.ValueKind != JsonValueKind.String)
        {
            faults.Add("$.session_id", $"Must be a string, not {FieldRules.Kind(id)}.");
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
            faults.Add("$.transcript", $"Must be an object, not {FieldRules.Kind(transcript)}.");
            return;
        }

        if (!transcript.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            faults.Add("$.transcript.items", items.ValueKind == JsonValueKind.Undefined
                ? "Required: an array of transcript items (it may be empty)."
                : $"Must be an array of transcript items (it may be empty), not {FieldRules.Kind(items)}.");
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
            faults.Add(path, $"Must be an object, not {FieldRules.Kind(item)}.");
            return;
        }

        var type = FieldRules.RequiredString(item, path, "type", faults);
        FieldRules.CheckAll(item, path, ItemFields, faults);
        if (type is not null && ItemTypeFields.TryGetValue(type, out var fields))
        {
            FieldRules.CheckAll(item, path, fields, faults);
        }

        switch (type)
        {
            case "message":
                FieldRules.RequiredString(item, path, "role", faults);
                ValidateContent(item, path, faults);
                FieldRules.Check(item, path, "transcript_confidence", FieldKind.Number, faults, minimum: 0);
                LenientMessageMetrics.Check(item, path, faults);
                break;
            case "function_call":
                FieldRules.RequiredString(item, path, "name", faults);
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
            faults.Add(path + ".content", $"Must be an array of strings, not {FieldRules.Kind(content)}.");
            return;
        }

        var index = 0;
        foreach (var part in content.EnumerateArray())
        {
            // Image and audio parts are objects and are skipped, as are nulls; anything else is a fault.
            if (part.ValueKind is not (JsonValueKind.String or JsonValueKind.Object or JsonValueKind.Null))
            {
                faults.Add(faults.Index(path + ".content", index), $"Must be a string or a content object, not {FieldRules.Kind(part)}.");
            }

            index++;
        }
    }

    private static void RequiredDate(JsonElement parent, string path, string name, PayloadFaults faults)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            faults.Add(faults.Child(path, name), "Required: an ISO 8601 date-time, such as 2026-08-18T15:02:11.482913+00:00 (without an offset it is read as UTC).");
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
        if (value.ValueKind != JsonValueKind.String || !IsoTime.TryRead(value, out var date))
        {
            faults.Add(path, "Must be an ISO 8601 date-time string, such as 2026-08-18T15:02:11.482913+00:00.");
        }
        else if (date < FieldRules.MinDate || date >= FieldRules.MaxDate)
        {
            faults.Add(path, "Must be a date-time between 1970-01-01 and 9000-01-01.");
        }
    }
}
