using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Privacy;

/// <summary>
/// What one erasure removed, per store (<see cref="Removed"/>: store name to count). It names the person only by the
/// keyed hash of their email, never by the email itself.
/// </summary>
public sealed record ErasureReceipt(
    [property: JsonPropertyName("erasure_id")] string ErasureId,
    [property: JsonPropertyName("email_hash")] string EmailHash,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("requested_at")] DateTimeOffset RequestedAt,
    [property: JsonPropertyName("completed_at")] DateTimeOffset? CompletedAt,
    [property: JsonPropertyName("sessions")] int Sessions,
    [property: JsonPropertyName("sessions_truncated")] bool SessionsTruncated,
    [property: JsonPropertyName("removed")] IReadOnlyDictionary<string, int> Removed);
