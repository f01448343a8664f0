using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Storage.Azure;

/// <summary>
/// A poison queue message as <see cref="StorageQueueSessionQueue"/> writes it: the original message plus why it
/// was given up on. Storage Queues keep no per-message error, so the reason has to travel in the body.
/// </summary>
internal sealed record PoisonEnvelope(
    [property: JsonPropertyName("message")] SessionMessage Message,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("dequeue_count")] long DequeueCount,
    [property: JsonPropertyName("poisoned_at")] DateTimeOffset PoisonedAt)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>
    /// Reads our envelope, or a bare <see cref="SessionMessage"/> that the Functions host moved to the poison queue
    /// itself (its reason then is the <c>last_error</c> a retry left in the body, if any).
    /// </summary>
    public static PoisonMessage Parse(string json, long dequeueCount, DateTimeOffset insertedOn)
    {
        var root = JsonNode.Parse(json)?.AsObject() ?? throw new JsonException("The poison message is null.");
        if (root["message"] is JsonObject)
        {
            var envelope = JsonSerializer.Deserialize<PoisonEnvelope>(json) ?? throw new JsonException("The poison envelope is null.");
            return new PoisonMessage(envelope.Message, envelope.DequeueCount, envelope.Reason, envelope.PoisonedAt);
        }

        var reason = root[StorageQueueSessionQueue.LastErrorField]?.GetValue<string>() ?? "";
        return new PoisonMessage(SessionMessage.FromJson(json), dequeueCount, reason, insertedOn);
    }
}
