using System.Text.Json;

namespace VoiceAnalytics.Core.Sinks.Amplitude;

/// <summary>
/// Which events a 400 names: <c>events_with_invalid_fields</c> and <c>events_with_missing_fields</c> map a field to
/// event indexes (https://amplitude.com/docs/apis/analytics/http-v2); <c>events_with_invalid_id_lengths</c> and
/// <c>silenced_events</c> are honoured as Amplitude's own SDK does (amplitude/Amplitude-TypeScript#81).
/// </summary>
internal static class AmplitudeRejections
{
    /// <summary>Index of each named event in the batch and why it was refused; empty when the 400 names none.</summary>
    public static IReadOnlyDictionary<int, string> Parse(string body, int batchSize)
    {
        var reasons = new SortedDictionary<int, List<string>>();
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new Dictionary<int, string>();
            }

            AddByField(root, "events_with_invalid_fields", "invalid field", reasons, batchSize);
            AddByField(root, "events_with_missing_fields", "missing field", reasons, batchSize);
            AddByField(root, "events_with_invalid_id_lengths", "id too short", reasons, batchSize);
            if (root.TryGetProperty("silenced_events", out var silenced) && silenced.ValueKind == JsonValueKind.Array)
            {
                Add(silenced, "silenced", reasons, batchSize);
            }
        }
        catch (JsonException)
        {
            return new Dictionary<int, string>();
        }

        return reasons.ToDictionary(r => r.Key, r => string.Join("; ", r.Value));
    }

    /// <summary>What a 400 says about the whole request: <c>missing_field</c> names a request-level field (api_key, events).</summary>
    public static string Summary(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object
                   && json.RootElement.TryGetProperty("missing_field", out var field) && field.ValueKind == JsonValueKind.String
                ? $"HTTP 400: missing field {field.GetString()}"
                : "HTTP 400: request rejected";
        }
        catch (JsonException)
        {
            return "HTTP 400: request rejected";
        }
    }

    private static void AddByField(JsonElement root, string property, string what, SortedDictionary<int, List<string>> reasons, int batchSize)
    {
        if (!root.TryGetProperty(property, out var byField) || byField.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var field in byField.EnumerateObject().Where(f => f.Value.ValueKind == JsonValueKind.Array))
        {
            Add(field.Value, $"{what} {field.Name}", reasons, batchSize);
        }
    }

    private static void Add(JsonElement indexes, string reason, SortedDictionary<int, List<string>> reasons, int batchSize)
    {
        foreach (var item in indexes.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Number && item.TryGetInt32(out var index) && index >= 0 && index < batchSize)
            {
                if (!reasons.TryGetValue(index, out var list))
                {
                    reasons[index] = list = [];
                }

                list.Add(reason);
            }
        }
    }
}
