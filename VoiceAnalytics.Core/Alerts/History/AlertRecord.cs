namespace VoiceAnalytics.Core.Alerts.History;

/// <summary>One row of <c>alerts_history</c>: an alert, or (<see cref="AlertHistoryTypes.Resolution"/>) the resolution of one.</summary>
public sealed record AlertRecord(
    long Id,
    string AlertType,
    string AlertName,
    string Severity,
    string Message,
    string? Context,
    string? SessionId,
    DateTimeOffset TriggeredAt,
    string? SentTo,
    DateTimeOffset? ResolvedAt);
