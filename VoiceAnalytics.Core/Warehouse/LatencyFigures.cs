namespace VoiceAnalytics.Core.Warehouse;

/// <summary>Turn latency over a window (ms): the total's average and the STT/LLM/TTS components' averages.</summary>
public sealed record LatencyFigures(int Turns, double? AverageMs, double? EouDelayMs, double? LlmTtftMs, double? TtsTtfbMs);
