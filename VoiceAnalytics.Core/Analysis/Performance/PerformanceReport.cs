using VoiceAnalytics.Core.Analysis.Performance.Costs;

namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// Spec 3.6: latency per turn and its statistics (ms), token usage, cost by provider, a 0-10 score against the
/// latency targets, anomalies and recommendations. The call's latency is <see cref="Latency"/>, read on
/// <see cref="LatencyBasis"/>; the stage statistics beside it explain where the time went.
/// </summary>
public sealed record PerformanceReport
{
    public IReadOnlyList<TurnLatency> Turns { get; init; } = [];

    /// <summary>True when messages carried LiveKit's per-message metrics (livekit-agents 1.3+).</summary>
    public bool HasMessageMetrics { get; init; }

    public LatencyStats EouDelay { get; init; } = LatencyStats.Empty;

    public LatencyStats LlmTtft { get; init; } = LatencyStats.Empty;

    public LatencyStats TtsTtfb { get; init; } = LatencyStats.Empty;

    /// <summary>Statistics of <see cref="TurnLatency.TotalMs"/> (the stage sums).</summary>
    public LatencyStats Total { get; init; } = LatencyStats.Empty;

    /// <summary>Statistics of the assistant messages' <c>e2e_latency</c>; empty for older payloads.</summary>
    public LatencyStats E2e { get; init; } = LatencyStats.Empty;

    /// <summary>Which measure the call's latency is read from: one of <see cref="LatencyBases"/>.</summary>
    public string LatencyBasis { get; init; } = LatencyBases.None;

    /// <summary>
    /// Statistics of <see cref="TurnLatency.LatencyMs"/>, the call's latency on <see cref="LatencyBasis"/>: the targets,
    /// the score, the dashboards and the ops alerts read these. Empty when the call has no latency data.
    /// </summary>
    public LatencyStats Latency { get; init; } = LatencyStats.Empty;

    /// <summary>
    /// Playback latency (first audio frame forwarded to playback started): the assistant messages' playback_latency,
    /// else the avatar_metrics records' (livekit-agents copies each message's value into one, so never both). Not added to a turn's stage sum: the stages end at the first audio byte and
    /// e2e_latency already ends at playback, so adding it would count it twice on the e2e basis; it is a stage of its
    /// own in the "largest part of latency" advice.
    /// </summary>
    public LatencyStats PlaybackLatency { get; init; } = LatencyStats.Empty;

    /// <summary>
    /// Where the token and audio totals came from: model_usage, session_usage, usage, usage_summary, metrics or
    /// message_metrics (the LLM's source; for a call without LLM usage, the first kind's that had any); "none" without usage.
    /// </summary>
    public string UsageSource { get; init; } = "";

    /// <summary>LLM requests, realtime responses included.</summary>
    public int LlmRequests { get; init; }

    /// <summary>The realtime model responses among <see cref="LlmRequests"/>.</summary>
    public int RealtimeRequests { get; init; }

    /// <summary>Input tokens of every modality; the audio and image fields below are parts of it.</summary>
    public long PromptTokens { get; init; }

    public long PromptCachedTokens { get; init; }

    public long PromptAudioTokens { get; init; }

    public long PromptCachedAudioTokens { get; init; }

    public long PromptImageTokens { get; init; }

    public long PromptCachedImageTokens { get; init; }

    /// <summary>Output tokens of every modality; <see cref="CompletionAudioTokens"/> is the audio part.</summary>
    public long CompletionTokens { get; init; }

    public long CompletionAudioTokens { get; init; }

    public long TotalTokens { get; init; }

    /// <summary><see cref="TotalTokens"/> divided by the number of turns (0 without turns).</summary>
    public double AverageTokensPerTurn { get; init; }

    /// <summary>LLM output speed: tokens_per_second weighted by completion tokens, else completion tokens per LLM second.</summary>
    public double? TokensPerSecond { get; init; }

    public double SttAudioSeconds { get; init; }

    public long TtsCharacters { get; init; }

    public double TtsAudioSeconds { get; init; }

    public CostBreakdown Cost { get; init; } = new();

    /// <summary>
    /// Overall 0-10: latency 50 %, reliability 30 %, efficiency 20 % (a missing efficiency is left out); null when the
    /// call has no latency data, as reliability alone would read as a perfect call.
    /// </summary>
    public double? Score { get; init; }

    /// <summary>A (score &gt;= 9), B (&gt;= 8), C (&gt;= 7), D (&gt;= 6), F; null with <see cref="Score"/>.</summary>
    public string? Grade { get; init; }

    /// <summary>0-10 against <see cref="Targets"/>; null without latency data.</summary>
    public double? LatencyScore { get; init; }

    /// <summary>0-10 from the failure rate of tool calls and LLM/TTS requests.</summary>
    public double ReliabilityScore { get; init; }

    /// <summary>0-10 from the tokens spent per turn; null without tokens.</summary>
    public double? EfficiencyScore { get; init; }

    public IReadOnlyList<TargetCheck> Targets { get; init; } = [];

    public IReadOnlyList<LatencyAnomaly> Anomalies { get; init; } = [];

    public IReadOnlyList<string> Recommendations { get; init; } = [];

    /// <summary>
    /// The assistant messages' provider_request_ids, for support; at most 1,000 ids
    /// in all, in transcript order (<see cref="ProviderRequestIdsTruncated"/> says when some were left out).
    /// </summary>
    public IReadOnlyList<ProviderRequests> ProviderRequestIds { get; init; } = [];

    public bool ProviderRequestIdsTruncated { get; init; }
}
