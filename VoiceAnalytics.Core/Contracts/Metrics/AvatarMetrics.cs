namespace VoiceAnalytics.Core.Contracts.Metrics;

/// <summary>A remote avatar's start-up and playback delay (livekit-agents 1.7 <c>AvatarMetrics</c>); seconds.</summary>
public sealed record AvatarMetrics : MetricsRecord
{
    public double PlaybackLatency { get; init; }

    public double? SessionStartedTime { get; init; }

    public double? AvatarJoinedTime { get; init; }
}
