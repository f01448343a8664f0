namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// Spec 3.6: latency per turn and its statistics (ms), token usage, cost by provider, a 0-10 score against the
/// latency targets, anomalies and recommendations.
/// </summary>
public sealed record PerformanceReport
{
    public IReadOnlyList<TurnLatency> Turns { get; init; } = [];

    /// <summary>True when messages carried LiveKit's per-message metrics (livekit-agents 1.3+).</summary>
    public bool HasMessageMetrics { get; init; }

    public LatencyStats EouDelay { get; init; } = LatencyStats.Empty;

    public LatencyStats LlmTtft { get; init; } = LatencyStats.Empty;

    public LatencyStats TtsTtfb { get; init; } = LatencyStats.Empty;

    /// <summary>Statistics of <see cref="TurnLatency.TotalMs"/>; the targets are checked against these.</summary>
    public LatencyStats Total { get; init; } = LatencyStats.Empty;

    /// <summary>Statistics of the assistant messages' <c>e2e_latency</c>; empty for older payloads.</summary>
    public LatencyStats E2e { get; init; } = LatencyStats.Empty;

    /// <summary>Where the token and audio totals came from: model_usage, usage_summary or metrics.</summary>
    public string UsageSource { get; init; } = "";

    public int LlmRequests { get; init; }

    public long PromptTokens { get; init; }

    public long PromptCachedTokens { get; init; }

    public long CompletionTokens { get; init; }

    public long TotalTokens { get; init; }

    /// <summary><see cref="TotalTokens"/> divided by the number of turns (0 without turns).</summary>
    public double AverageTokensPerTurn { get; init; }

    /// <summary>LLM output speed: tokens_per_second weighted by completion tokens, else completion tokens per LLM second.</summary>
    public double? TokensPerSecond { get; init; }

    public double SttAudioSeconds { get; init; }

    public long TtsCharacters { get; init; }

    public double TtsAudioSeconds { get; init; }

    public CostBreakdown Cost { get; init; } = new();

    /// <summary>Overall 0-10: latency 50 %, reliability 30 %, efficiency 20 % (a missing sub-score is left out).</summary>
    public double Score { get; init; }

    /// <summary>A (score &gt;= 9), B (&gt;= 8), C (&gt;= 7), D (&gt;= 6), F.</summary>
    public string Grade { get; init; } = "F";

    /// <summary>0-10 against <see cref="Targets"/>; null without a measured turn.</summary>
    public double? LatencyScore { get; init; }

    /// <summary>0-10 from the failure rate of tool calls and LLM/TTS requests.</summary>
    public double ReliabilityScore { get; init; }

    /// <summary>0-10 from the tokens spent per turn; null without tokens.</summary>
    public double? EfficiencyScore { get; init; }

    public IReadOnlyList<TargetCheck> Targets { get; init; } = [];

    public IReadOnlyList<LatencyAnomaly> Anomalies { get; init; } = [];

    public IReadOnlyList<string> Recommendations { get; init; } = [];
}
