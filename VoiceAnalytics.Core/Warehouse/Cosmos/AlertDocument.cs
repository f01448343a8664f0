using System.Text.Json.Serialization;
using VoiceAnalytics.Core.Alerts.History;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>
/// An <c>alerts_history</c> row (<c>doc_type</c> "alert"), partitioned by <c>alert_name</c>; <c>id</c> is the
/// numeric <c>alert_id</c> as text.
/// </summary>
public sealed record AlertDocument
{
    public const string Type = "alert";

    [JsonPropertyName("id")] public string Id => AlertId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    [JsonPropertyName("doc_type")] public string DocType => Type;
    [JsonPropertyName("alert_id")] public required long AlertId { get; init; }
    [JsonPropertyName("alert_type")] public required string AlertType { get; init; }
    [JsonPropertyName("alert_name")] public required string AlertName { get; init; }
    [JsonPropertyName("severity")] public required string Severity { get; init; }
    [JsonPropertyName("message")] public required string Message { get; init; }
    [JsonPropertyName("context")] public string? Context { get; init; }
    [JsonPropertyName("session_id")] public string? SessionId { get; init; }
    [JsonPropertyName("triggered_at")] public required DateTimeOffset TriggeredAt { get; init; }
    [JsonPropertyName("sent_to")] public string? SentTo { get; init; }
    [JsonPropertyName("acknowledged_at")] public DateTimeOffset? AcknowledgedAt { get; init; }
    [JsonPropertyName("acknowledged_by")] public string? AcknowledgedBy { get; init; }
    [JsonPropertyName("resolved_at")] public DateTimeOffset? ResolvedAt { get; init; }

    public AlertRecord ToRecord() => new(AlertId, AlertType, AlertName, Severity, Message, Context, SessionId, TriggeredAt, SentTo, ResolvedAt);

    public static AlertDocument Of(long id, NewAlert alert, DateTimeOffset triggeredAt) => new()
    {
        AlertId = id, AlertType = alert.AlertType, AlertName = alert.AlertName, Severity = alert.Severity, Message = alert.Message,
        Context = alert.Context, SessionId = alert.SessionId, TriggeredAt = triggeredAt, SentTo = alert.SentTo,
    };
}

/// <summary>
/// A claim (<c>doc_type</c> "claim") in the alert's partition with a fixed id ("open", or "session-" and a hash of
/// the session id): creating it is the "once" check, since a second create of the same id fails with 409.
/// </summary>
public sealed record AlertClaim(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("alert_name")] string AlertName,
    [property: JsonPropertyName("claimed_alert_id")] long ClaimedAlertId)
{
    [JsonPropertyName("doc_type")] public string DocType => "claim";
}

/// <summary>The counter that numbers alerts (<c>doc_type</c> "sequence", partition "_sequence"), advanced under ETag.</summary>
public sealed record AlertSequence([property: JsonPropertyName("last_id")] long LastId)
{
    public const string Id = "alert_id";
    public const string Partition = "_sequence";

    [JsonPropertyName("id")] public string DocumentId => Id;
    [JsonPropertyName("alert_name")] public string AlertName => Partition;
    [JsonPropertyName("doc_type")] public string DocType => "sequence";
}
