using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Storage;

/// <summary>
/// The queue message: a reference to the stored payload, never the payload itself (Storage Queue messages are
/// limited to 64 KB, payloads are not).
/// </summary>
public sealed record SessionMessage(
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("payload_ref")] string PayloadRef,
    [property: JsonPropertyName("enqueued_at")] DateTimeOffset EnqueuedAt)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static SessionMessage FromJson(string json) =>
        JsonSerializer.Deserialize<SessionMessage>(json) ?? throw new JsonException("The queue message is null.");
}
