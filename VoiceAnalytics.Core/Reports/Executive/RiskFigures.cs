namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>
/// What went wrong in a period: alerts raised (<c>alerts_history</c>), calls with negative sentiment, sessions that
/// failed processing (null as the warehouse answers; <see cref="ExecutiveFiguresReader"/> fills it from the session
/// store in both storage modes) and failed knowledge-base searches.
/// </summary>
public sealed record RiskFigures(
    int Alerts,
    int CriticalAlerts,
    IReadOnlyList<string> TopAlertNames,
    int NegativeSessions,
    int? FailedSessions,
    int FailedSearches,
    string? TopFailedQuery,
    int TopFailedQueryCount);
