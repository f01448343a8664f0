namespace VoiceAnalytics.Core.Contracts.Metrics;

public sealed record TtsMetrics : MetricsRecord
{
    /// <summary>Seconds to the first audio byte; -1 when none arrived.</summary>
    public double Ttfb { get; init; } = -1;
    public double Duration { get; init; }
    public double AudioDuration { get; init; }
    public bool Cancelled { get; init; }
    public long CharactersCount { get; init; }
    public bool Streamed { get; init; }
    /// <summary>Input text tokens, for token-billed TTS such as OpenAI's (1.7).</summary>
    public long InputTokens { get; init; }
    /// <summary>Output audio tokens, for token-billed TTS (1.7).</summary>
    public long OutputTokens { get; init; }
    public double AcquireTime { get; init; }
    public bool ConnectionReused { get; init; }
    public string? SegmentId { get; init; }
    public string? SpeechId { get; init; }

    public double? TtfbOrNull => Ttfb >= 0 ? Ttfb : null;
}
