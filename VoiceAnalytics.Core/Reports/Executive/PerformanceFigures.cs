namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>
/// Latency of the period's turns (<c>metrics.total_latency_ms</c>, each turn's latency on its call's basis), tokens from the metrics rows, cost from
/// <c>performance_analysis</c> (null when no session had one) and the average engagement score (0-10).
/// </summary>
public sealed record PerformanceFigures(
    int MeasuredTurns,
    double? AverageLatencyMs,
    double? P95LatencyMs,
    long PromptTokens,
    long CompletionTokens,
    long TotalTokens,
    double? CostUsd,
    double? AverageEngagement);
