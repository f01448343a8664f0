namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>
/// What went wrong in a period: alerts raised (<c>alerts_history</c>), calls with negative sentiment, sessions that
/// failed processing (null when this store cannot see them) and failed knowledge-base searches.
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
