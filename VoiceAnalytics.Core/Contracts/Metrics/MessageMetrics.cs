namespace VoiceAnalytics.Core.Contracts.Metrics;

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
    /// <summary>LLM output tokens per second over the streaming window (1.7).</summary>
    public double? LlmNodeTps { get; init; }
    /// <summary>LLM start to the first sentence reaching the TTS (1.7).</summary>
    public double? LlmNodeTtfs { get; init; }
    /// <summary>First audio frame forwarded to playback started (1.7); matters with a remote avatar.</summary>
    public double? PlaybackLatency { get; init; }
    /// <summary>The providers' request or response ids of this turn, for support (1.7).</summary>
    public IReadOnlyList<string>? ProviderRequestIds { get; init; }
    public MetricsMetadata? LlmMetadata { get; init; }
    public MetricsMetadata? TtsMetadata { get; init; }
    public MetricsMetadata? SttMetadata { get; init; }
}
