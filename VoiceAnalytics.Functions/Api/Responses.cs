using System.Text.Json;
using System.Text.Json.Serialization;
using VoiceAnalytics.Core.Sinks;

namespace VoiceAnalytics.Functions.Api;

/// <summary>
/// The 202 body of <c>POST /api/sessions</c>. <see cref="Warnings"/> lists the first 100 entries of the agent-defined
/// sections that were skipped (kept as sent in the stored body), <see cref="WarningCount"/> counts all of them.
/// </summary>
public sealed record AcceptedResponse(
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("duplicate")] bool Duplicate,
    [property: JsonPropertyName("status_url")] string StatusUrl)
{
    [JsonPropertyName("warnings")]
    public IReadOnlyList<VoiceAnalytics.Core.Pipeline.PayloadWarning> Warnings { get; init; } = [];

    [JsonPropertyName("warning_count")]
    public int WarningCount { get; init; }

    [JsonPropertyName("warnings_truncated")]
    public bool WarningsTruncated => WarningCount > Warnings.Count;
}

/// <summary>The body of <c>GET /api/sessions/{id}</c>; <see cref="Report"/> is the stored <c>SessionReport</c> once analyzed.</summary>
public sealed record SessionStatusResponse(
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("failure_reason")] string? FailureReason,
    [property: JsonPropertyName("received_at")] DateTimeOffset ReceivedAt,
    [property: JsonPropertyName("updated_at")] DateTimeOffset UpdatedAt,
    [property: JsonPropertyName("deliveries")] IReadOnlyList<DeliveryResponse> Deliveries,
    [property: JsonPropertyName("report")] JsonElement? Report,
    [property: JsonPropertyName("transcript"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<TranscriptEntryResponse>? Transcript = null);

/// <summary>
/// One transcript entry of <c>GET /api/sessions/{id}?include=transcript</c>, as the dashboard shows it: evidence
/// quotes in the report point at an entry by <c>item_id</c> and at characters of its <c>text</c> (start, end).
/// </summary>
public sealed record TranscriptEntryResponse(
    [property: JsonPropertyName("item_id")] string ItemId,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("role"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Role,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("created_at")] double CreatedAt,
    [property: JsonPropertyName("interrupted"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Interrupted = false,
    [property: JsonPropertyName("is_error"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool IsError = false);

/// <summary>The 202 body of <c>DELETE /api/people/{email}</c>.</summary>
public sealed record ErasureAccepted(
    [property: JsonPropertyName("erasure_id")] string ErasureId,
    [property: JsonPropertyName("status_url")] string StatusUrl);

/// <summary>One sink's delivery of a session, from the delivery ledger.</summary>
public sealed record DeliveryResponse(
    [property: JsonPropertyName("sink")] string Sink,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("attempts")] int Attempts,
    [property: JsonPropertyName("last_error")] string? LastError,
    [property: JsonPropertyName("updated_at")] DateTimeOffset UpdatedAt)
{
    public static DeliveryResponse From(DeliveryRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.Sink, record.Status.ToString().ToLowerInvariant(), record.Attempts, record.LastError, record.UpdatedAt);
    }
}

/// <summary>One entry of <c>GET /api/outbox</c>: what an unconfigured destination would have received.</summary>
public sealed record OutboxEntryResponse(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("sink")] string Sink,
    [property: JsonPropertyName("destination")] string Destination,
    [property: JsonPropertyName("message_key")] string MessageKey,
    [property: JsonPropertyName("session_id")] string? SessionId,
    [property: JsonPropertyName("created_at")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("payload")] JsonElement Payload);

/// <summary>The body of <c>GET /api/health</c> (200 and 503 alike): <c>status</c> is <c>ok</c> or <c>unavailable</c>.</summary>
public sealed record HealthResponse(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("storage")] StorageHealth Storage,
    [property: JsonPropertyName("queue")] QueueHealth Queue);

/// <summary>Whether a tiny write and read back worked; <c>cause</c> (<c>full</c>, <c>locked</c>, <c>read-only</c>, <c>io</c>, <c>unavailable</c>, <c>error</c>) when not.</summary>
public sealed record StorageHealth(
    [property: JsonPropertyName("can_write")] bool CanWrite,
    [property: JsonPropertyName("cause")] string? Cause);

/// <summary>Messages waiting (visible or leased) and the age of the oldest; <c>error</c> is the cause when the queue could not be read.</summary>
public sealed record QueueHealth(
    [property: JsonPropertyName("depth")] long? Depth,
    [property: JsonPropertyName("oldest_age_seconds")] double? OldestAgeSeconds,
    [property: JsonPropertyName("error")] string? Error);
