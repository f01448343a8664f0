namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// The values of <see cref="PerformanceReport.LatencyBasis"/>: which measure a call's latency (score, targets,
/// dashboards, ops alerts) is read from. The first that the call has wins, in this order.
/// </summary>
public static class LatencyBases
{
    /// <summary>
    /// A pipeline call (it has EOU or TTS records): per turn EOU delay + LLM TTFT + TTS TTFB, the parts present.
    /// Kept first so 1.0-1.2 payloads and earlier reports keep their figures.
    /// </summary>
    public const string PipelineStages = "pipeline_stages";

    /// <summary>
    /// LiveKit's per-message <c>e2e_latency</c> (user stopped speaking to agent started speaking): a realtime call's
    /// full wait, which the model's TTFT alone leaves short by the server's turn detection and playback.
    /// </summary>
    public const string E2eLatency = "e2e_latency";

    /// <summary>Only the model's time to first token (realtime: first audio token) is known.</summary>
    public const string ModelTtft = "model_ttft";

    /// <summary>The call has no latency data: no score, no targets checked.</summary>
    public const string None = "none";
}
