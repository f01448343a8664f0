namespace VoiceAnalytics.Core.Sinks.Amplitude;

/// <summary>
/// One event of the HTTP V2 API. It needs <see cref="EventType"/> and a <see cref="UserId"/> or a <see cref="DeviceId"/>;
/// give it a stable <see cref="InsertId"/> (<see cref="AmplitudeInsertId.For"/>) so a resend is deduplicated.
/// </summary>
public sealed record AmplitudeEvent(string EventType)
{
    public string? UserId { get; init; }

    public string? DeviceId { get; init; }

    /// <summary>Sent as <c>time</c>, milliseconds since the epoch; Amplitude uses its upload time when absent.</summary>
    public DateTimeOffset? Time { get; init; }

    /// <summary>Deduplication key: Amplitude ignores a repeated insert_id of the same project for 7 days.</summary>
    public string? InsertId { get; init; }

    /// <summary>Amplitude's <c>session_id</c>: the session's start in milliseconds since the epoch.</summary>
    public long? SessionId { get; init; }

    public IReadOnlyDictionary<string, object?>? EventProperties { get; init; }

    public IReadOnlyDictionary<string, object?>? UserProperties { get; init; }
}
