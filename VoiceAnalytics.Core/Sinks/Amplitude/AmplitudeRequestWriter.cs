using System.Text.Json;

namespace VoiceAnalytics.Core.Sinks.Amplitude;

/// <summary>
/// The request body of the HTTP V2 API: <c>{"api_key","events":[{"user_id"|"device_id","event_type","time","insert_id",
/// "session_id","event_properties","user_properties"}],"options":{"min_id_length"}}</c>
/// (https://amplitude.com/docs/apis/analytics/http-v2).
/// </summary>
internal static class AmplitudeRequestWriter
{
    public static byte[] Write(string apiKey, IReadOnlyList<AmplitudeEvent> events, int? minIdLength)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("api_key", apiKey);
            json.WriteStartArray("events");
            foreach (var item in events)
            {
                WriteEvent(json, item);
            }

            json.WriteEndArray();
            if (minIdLength is { } length)
            {
                json.WriteStartObject("options");
                json.WriteNumber("min_id_length", length);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    internal static void WriteEvent(Utf8JsonWriter json, AmplitudeEvent item)
    {
        json.WriteStartObject();
        WriteIfSet(json, "user_id", item.UserId);
        WriteIfSet(json, "device_id", item.DeviceId);
        json.WriteString("event_type", item.EventType);
        if (item.Time is { } time)
        {
            json.WriteNumber("time", time.ToUnixTimeMilliseconds());
        }

        WriteIfSet(json, "insert_id", item.InsertId);
        if (item.SessionId is { } session)
        {
            json.WriteNumber("session_id", session);
        }

        WriteProperties(json, "event_properties", item.EventProperties);
        WriteProperties(json, "user_properties", item.UserProperties);
        json.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteProperties(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, object?>? properties)
    {
        if (properties is null)
        {
            return;
        }

        json.WritePropertyName(name);
        json.WriteStartObject();
        foreach (var (key, value) in properties)
        {
            json.WritePropertyName(key);
            JsonSerializer.Serialize(json, value, value?.GetType() ?? typeof(object));
        }

        json.WriteEndObject();
    }
}
