using VoiceAnalytics.Core.Warehouse;

namespace VoiceAnalytics.Core.Alerts.Ops.Rules;

/// <summary>The latency alerts' context: the average against its threshold, and the STT/LLM/TTS breakdown.</summary>
internal static class LatencyContext
{
    public static Dictionary<string, object?> Of(LatencyFigures latency, double thresholdMs, TimeSpan window) => new()
    {
        ["average_ms"] = Round(latency.AverageMs),
        ["threshold_ms"] = thresholdMs,
        ["window_minutes"] = window.TotalMinutes,
        ["turns"] = latency.Turns,
        ["eou_delay_ms"] = Round(latency.EouDelayMs),
        ["llm_ttft_ms"] = Round(latency.LlmTtftMs),
        ["tts_ttfb_ms"] = Round(latency.TtsTtfbMs),
    };

    private static double? Round(double? value) => value is { } v ? Math.Round(v) : null;
}
