namespace VoiceAnalytics.Core.Contracts.Metrics;

/// <summary>
/// One entry of LiveKit's model usage (livekit-agents 1.7 <c>metrics/usage.py</c>): <c>llm_usage</c>, <c>tts_usage</c>,
/// <c>stt_usage</c>, <c>interruption_usage</c> or <c>eot_usage</c>. The session report writes them with
/// <c>model_dump(exclude_defaults=True)</c>, which leaves out <c>type</c> and every zero: a missing <see cref="Type"/>
/// is inferred from the fields present when the payload is parsed (see <c>UsageEntries</c>).
/// </summary>
public sealed record ModelUsage
{
    public const string LlmType = "llm_usage", SttType = "stt_usage", TtsType = "tts_usage", InterruptionType = "interruption_usage", EotType = "eot_usage";

    public string Type { get; init; } = "";
    public string? Provider { get; init; }
    public string? Model { get; init; }
    public long InputTokens { get; init; }
    public long InputCachedTokens { get; init; }
    public long InputCacheCreationTokens { get; init; }
    public long InputAudioTokens { get; init; }
    public long InputCachedAudioTokens { get; init; }
    public long InputTextTokens { get; init; }
    public long InputCachedTextTokens { get; init; }
    public long InputImageTokens { get; init; }
    public long InputCachedImageTokens { get; init; }
    public long OutputTokens { get; init; }
    public long OutputAudioTokens { get; init; }
    public long OutputTextTokens { get; init; }
    public long CharactersCount { get; init; }
    public double AudioDuration { get; init; }
    public double SessionDuration { get; init; }
    /// <summary>Requests to the interruption or end-of-turn model.</summary>
    public long TotalRequests { get; init; }
}
