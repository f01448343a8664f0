using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Contracts;

/// <summary>
/// One LiveKit metrics event, told apart by <c>type</c>. Durations are seconds, <see cref="Timestamp"/> epoch seconds.
/// Types this version does not know (for example <c>realtime_model_metrics</c>) stay a plain <see cref="MetricsRecord"/>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FallBackToBaseType, IgnoreUnrecognizedTypeDiscriminators = true)]
[JsonDerivedType(typeof(LlmMetrics), "llm_metrics")]
[JsonDerivedType(typeof(SttMetrics), "stt_metrics")]
[JsonDerivedType(typeof(TtsMetrics), "tts_metrics")]
[JsonDerivedType(typeof(EouMetrics), "eou_metrics")]
[JsonDerivedType(typeof(VadMetrics), "vad_metrics")]
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
