namespace VoiceAnalytics.Core.Contracts.Metrics;

/// <summary>
/// The adaptive interruption model's figures (livekit-agents 1.7 <c>InterruptionMetrics</c>). The counts are running
/// totals ("incrementally counted"): the session's figure is the largest seen, not the sum.
/// </summary>
public sealed record InterruptionMetrics : MetricsRecord
{
    public double TotalDuration { get; init; }

    public double PredictionDuration { get; init; }

    public double DetectionDelay { get; init; }

    public long NumInterruptions { get; init; }

    public long NumBackchannels { get; init; }

    public long NumRequests { get; init; }
}
