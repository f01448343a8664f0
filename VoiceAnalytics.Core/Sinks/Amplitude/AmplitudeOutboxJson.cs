using System.Text;
using System.Text.Json;

namespace VoiceAnalytics.Core.Sinks.Amplitude;

/// <summary>Outbox payloads in the HTTP V2 wire shape, without the API key.</summary>
internal static class AmplitudeOutboxJson
{
    /// <summary><c>{"events":[...]}</c>: the batch an unconfigured sink would have sent.</summary>
    public static string Batch(IReadOnlyList<AmplitudeEvent> events) => Write(json =>
    {
        json.WriteStartArray("events");
        foreach (var item in events)
        {
            AmplitudeRequestWriter.WriteEvent(json, item);
        }

        json.WriteEndArray();
    });

    /// <summary><c>{"event":{...},"reason":"HTTP 400: invalid field time"}</c>: an event Amplitude refused for good.</summary>
    public static string Dropped(AmplitudeDroppedEvent dropped) => Write(json =>
    {
        json.WritePropertyName("event");
        AmplitudeRequestWriter.WriteEvent(json, dropped.Event);
        json.WriteString("reason", dropped.Reason);
    });

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
