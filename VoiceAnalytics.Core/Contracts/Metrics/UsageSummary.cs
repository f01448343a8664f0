namespace VoiceAnalytics.Core.Contracts.Metrics;

/// <summary>LiveKit's <c>UsageSummary</c>: session totals.</summary>
public sealed record UsageSummary
{
    public long LlmPromptTokens { get; init; }
    public long LlmPromptCachedTokens { get; init; }
    public long LlmInputAudioTokens { get; init; }
    public long LlmInputCachedAudioTokens { get; init; }
    public long LlmInputTextTokens { get; init; }
    public long LlmInputCachedTextTokens { get; init; }
    public long LlmInputImageTokens { get; init; }
    public long LlmInputCachedImageTokens { get; init; }
    public long LlmCompletionTokens { get; init; }
    public long LlmOutputAudioTokens { get; init; }
    public long LlmOutputImageTokens { get; init; }
    public long LlmOutputTextTokens { get; init; }
    public long TtsCharactersCount { get; init; }
    public double TtsAudioDuration { get; init; }
    public double SttAudioDuration { get; init; }
}
