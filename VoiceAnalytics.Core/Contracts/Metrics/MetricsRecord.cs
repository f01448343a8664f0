using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Contracts.Metrics;

/// <summary>
/// One LiveKit metrics event, told apart by <c>type</c>. Durations are seconds, <see cref="Timestamp"/> epoch seconds.
/// Every type of livekit-agents 1.7's <c>AgentMetrics</c> union (<c>metrics/base.py</c>) has its record; a type this
/// version does not know stays a plain <see cref="MetricsRecord"/> and is skipped by analysis.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FallBackToBaseType, IgnoreUnrecognizedTypeDiscriminators = true)]
[JsonDerivedType(typeof(LlmMetrics), "llm_metrics")]
[JsonDerivedType(typeof(SttMetrics), "stt_metrics")]
[JsonDerivedType(typeof(TtsMetrics), "tts_metrics")]
[JsonDerivedType(typeof(EouMetrics), "eou_metrics")]
[JsonDerivedType(typeof(VadMetrics), "vad_metrics")]
[JsonDerivedType(typeof(RealtimeModelMetrics), "realtime_model_metrics")]
[JsonDerivedType(typeof(InterruptionMetrics), "interruption_metrics")]
[JsonDerivedType(typeof(EotInferenceMetrics), "eot_inference_metrics")]
[JsonDerivedType(typeof(AvatarMetrics), "avatar_metrics")]
public record MetricsRecord
{
    public string? Label { get; init; }
    public string? RequestId { get; init; }
    public double Timestamp { get; init; }
    public MetricsMetadata? Metadata { get; init; }
}

public sealed record MetricsMetadata
{
    public string? ModelName { get; init; }
    public string? ModelProvider { get; init; }
}
