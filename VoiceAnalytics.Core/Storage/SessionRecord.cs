namespace VoiceAnalytics.Core.Storage;

/// <summary>The status of one session; <see cref="ReportJson"/> is set once it is analyzed.</summary>
public sealed record SessionRecord(
    string SessionId,
    SessionState State,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt,
    string? FailureReason,
    string? ReportJson);
