namespace VoiceAnalytics.Core.Contracts;

/// <summary>One entry of LiveKit's <c>model_usage</c>: <c>llm_usage</c>, <c>tts_usage</c> or <c>stt_usage</c>.</summary>
public sealed record ModelUsage
{
    public string Type { get; init; } = "";
    public string? Provider { get; init; }
    public string? Model { get; init; }
    public long InputTokens { get; init; }
    public long InputCachedTokens { get; init; }
    public long OutputTokens { get; init; }
    public long CharactersCount { get; init; }
    public double AudioDuration { get; init; }
    public double SessionDuration { get; init; }
}
