namespace VoiceAnalytics.Core.Contracts.Metrics;

/// <summary>One prediction of the end-of-turn model (livekit-agents 1.7 <c>EOTInferenceMetrics</c>); seconds.</summary>
public sealed record EotInferenceMetrics : MetricsRecord
{
    public double TotalDuration { get; init; }

    public double DetectionDelay { get; init; }

    public double PredictionDuration { get; init; }

    public long NumRequests { get; init; } = 1;
}
