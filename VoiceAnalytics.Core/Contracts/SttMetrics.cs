namespace VoiceAnalytics.Core.Contracts;

public sealed record SttMetrics : MetricsRecord
{
    public double Duration { get; init; }
    public double AudioDuration { get; init; }
    public bool Streamed { get; init; }
}
