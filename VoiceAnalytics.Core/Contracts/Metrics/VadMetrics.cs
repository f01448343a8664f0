namespace VoiceAnalytics.Core.Contracts.Metrics;

public sealed record VadMetrics : MetricsRecord
{
    public double IdleTime { get; init; }
    public double InferenceDurationTotal { get; init; }
    public long InferenceCount { get; init; }
}
