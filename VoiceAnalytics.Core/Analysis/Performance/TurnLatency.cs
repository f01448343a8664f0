namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// One agent response (one LiveKit <c>speech_id</c>), in milliseconds. <see cref="Index"/> is 0-based in time order;
/// <see cref="Timestamp"/> is the speech's first metrics record. <see cref="TotalMs"/> sums the parts present
/// (null when none); <see cref="E2eLatencyMs"/> is LiveKit's own measure (user stopped speaking to agent started),
/// present only with per-message metrics (livekit-agents 1.3+). <see cref="SttDurationMs"/> is how long the user
/// spoke before this response, when the payload says.
/// </summary>
public sealed record TurnLatency(
    int Index,
    string? SpeechId,
    DateTimeOffset Timestamp,
    double? EouDelayMs,
    double? LlmTtftMs,
    double? TtsTtfbMs,
    double? TotalMs,
    double? E2eLatencyMs,
    long PromptTokens,
    long CompletionTokens,
    double? SttDurationMs,
    bool IsAnomaly);
