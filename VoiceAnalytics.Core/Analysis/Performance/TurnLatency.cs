namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// One agent response (a LiveKit <c>speech_id</c>, a realtime response's <see cref="RequestId"/>, or an assistant
/// message with an e2e_latency and neither), in milliseconds. <see cref="Index"/> is 0-based in time order;
/// <see cref="Timestamp"/> is the response's first metrics record (or the message's start of speech).
/// <see cref="TotalMs"/> sums the stage parts present (null when none; a realtime response's is its TTFT to the first
/// audio token); <see cref="E2eLatencyMs"/> is LiveKit's own measure (user stopped speaking to agent started), present
/// only with per-message metrics (livekit-agents 1.3+). <see cref="LatencyMs"/> is the turn's latency on the call's
/// <see cref="PerformanceReport.LatencyBasis"/>: what dashboards and ops alerts read. <see cref="SttDurationMs"/> is how
/// long the user spoke before this response, when the payload says.
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
    bool IsAnomaly,
    string? RequestId = null,
    double? LatencyMs = null);
