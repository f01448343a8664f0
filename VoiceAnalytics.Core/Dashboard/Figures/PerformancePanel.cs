namespace VoiceAnalytics.Core.Dashboard.Figures;

/// <summary><c>GET /api/dashboard/performance</c> (spec 6.1); docs/dashboard-api.md describes every field.</summary>
public sealed record PerformancePanel(
    Window Window,
    DateTimeOffset GeneratedAt,
    DateTimeOffset Anchor,
    ActiveNow ActiveNow,
    LatencyGauge Latency,
    P95Trend P95Trend,
    ErrorRate ErrorRate,
    TokenUsage TokenUsage,
    CostBurn CostBurn,
    ConnectionQuality ConnectionQuality);

public sealed record ActiveNow(int Sessions, DateTimeOffset Since, string Label, object LiveCalls);

public sealed record LatencyGauge(DateTimeOffset From, DateTimeOffset To, long Turns, double? AverageMs, string? Band, double TargetMs, double WarningMs);

public sealed record P95Trend(double TargetMs, IReadOnlyList<P95Point> Hours);

public sealed record P95Point(DateTimeOffset Hour, long Turns, double? P95Ms, bool AboveTarget);

public sealed record ErrorRate(long Errors, long Sessions, double? Percent, double AlertThresholdPercent, bool AboveThreshold);

public sealed record TokenUsage(IReadOnlyList<TokenPoint> Hours, double? ProjectedUsdPerHour);

public sealed record TokenPoint(DateTimeOffset Hour, long Tokens, double TokensPerMinute);

public sealed record CostBurn(DateTimeOffset From, DateTimeOffset To, double UsdPerHour, IReadOnlyList<object> ByProvider, object DailyBudget, object MonthlyBudget);

public sealed record ProviderBurn(string Provider, double Usd, double UsdPerHour)
{
    public bool Available => true;
}

public sealed record ProviderUnavailable(string Provider, string Reason)
{
    public bool Available => false;
}

public sealed record BudgetUse(double BudgetUsd, double SpentUsd, double? Percent, DateTimeOffset Since);

public sealed record ConnectionQuality(long Excellent, long Good, long Fair, long Poor, long Unknown, double? ExcellentPercent, double? GoodPercent, double? FairPercent, double? PoorPercent);
