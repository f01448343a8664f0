namespace VoiceAnalytics.Core.Contracts.Metrics;

public sealed record LlmMetrics : MetricsRecord
{
    public double Duration { get; init; }
    /// <summary>Seconds to the first token; LiveKit sends -1 when no token arrived.</summary>
    public double Ttft { get; init; } = -1;
    public bool Cancelled { get; init; }
    public long CompletionTokens { get; init; }
    public long PromptTokens { get; init; }
    public long PromptCachedTokens { get; init; }
    public long CacheCreationTokens { get; init; }
    public long TotalTokens { get; init; }
    public double TokensPerSecond { get; init; }
    public string? SpeechId { get; init; }

    /// <summary>The time to first token, or null when none arrived.</summary>
    public double? TtftOrNull => Ttft >= 0 ? Ttft : null;
}
