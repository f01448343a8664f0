namespace VoiceAnalytics.Core.Contracts;

/// <summary>LiveKit's per-message metrics; every value is in seconds (timestamps in epoch seconds).</summary>
public sealed record MessageMetrics
{
    public double? StartedSpeakingAt { get; init; }
    public double? StoppedSpeakingAt { get; init; }
    public double? TranscriptionDelay { get; init; }
    public double? EndOfTurnDelay { get; init; }
    public double? OnUserTurnCompletedDelay { get; init; }
    public double? LlmNodeTtft { get; init; }
    public double? TtsNodeTtfb { get; init; }
    public double? E2eLatency { get; init; }
}
