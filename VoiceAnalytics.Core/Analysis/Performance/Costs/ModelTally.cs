using VoiceAnalytics.Core.Contracts.Metrics;

namespace VoiceAnalytics.Core.Analysis.Performance.Costs;

/// <summary>
/// Usage of one provider's model: an LLM's tokens, an STT's audio or a TTS's characters and audio. LLM token totals
/// include every modality (as LiveKit's); the audio and image fields are the parts of them that are not text, and each
/// cached field is the part of its kind served from the provider's cache.
/// </summary>
internal sealed class ModelTally(string kind, string? provider, string? model)
{
    public const string Llm = "llm";
    public const string Stt = "stt";
    public const string Tts = "tts";

    public string Kind { get; } = kind;

    public string? Provider { get; } = provider;

    public string? Model { get; } = model;

    public long InputTokens { get; set; }

    public long CachedTokens { get; set; }

    public long InputAudioTokens { get; set; }

    public long CachedAudioTokens { get; set; }

    public long InputImageTokens { get; set; }

    public long CachedImageTokens { get; set; }

    public long OutputTokens { get; set; }

    public long OutputAudioTokens { get; set; }

    public long Characters { get; set; }

    public double AudioSeconds { get; set; }

    /// <summary>The tally of a kind/provider/model in a short list, added when missing (sessions use a handful of models).</summary>
    public static ModelTally For(List<ModelTally> tallies, string kind, string? provider, string? model)
    {
        foreach (var tally in tallies)
        {
            if (tally.Kind == kind && string.Equals(tally.Provider, provider, StringComparison.Ordinal)
                && string.Equals(tally.Model, model, StringComparison.Ordinal))
            {
                return tally;
            }
        }

        var added = new ModelTally(kind, provider, model);
        tallies.Add(added);
        return added;
    }

    public void AddTokens(ModelUsage entry)
    {
        InputTokens += entry.InputTokens;
        CachedTokens += entry.InputCachedTokens;
        InputAudioTokens += entry.InputAudioTokens;
        CachedAudioTokens += entry.InputCachedAudioTokens;
        InputImageTokens += entry.InputImageTokens;
        CachedImageTokens += entry.InputCachedImageTokens;
        OutputTokens += entry.OutputTokens;
        OutputAudioTokens += entry.OutputAudioTokens;
    }

    public void AddTokens(UsageSummary summary)
    {
        InputTokens += summary.LlmPromptTokens;
        CachedTokens += summary.LlmPromptCachedTokens;
        InputAudioTokens += summary.LlmInputAudioTokens;
        CachedAudioTokens += summary.LlmInputCachedAudioTokens;
        InputImageTokens += summary.LlmInputImageTokens;
        CachedImageTokens += summary.LlmInputCachedImageTokens;
        OutputTokens += summary.LlmCompletionTokens;
        OutputAudioTokens += summary.LlmOutputAudioTokens;
    }

    public void AddTokens(RealtimeModelMetrics realtime)
    {
        InputTokens += realtime.InputTokens;
        OutputTokens += realtime.OutputTokens;
        if (realtime.InputTokenDetails is { } input)
        {
            CachedTokens += input.CachedTokens;
            InputAudioTokens += input.AudioTokens;
            InputImageTokens += input.ImageTokens;
            CachedAudioTokens += input.CachedTokensDetails?.AudioTokens ?? 0;
            CachedImageTokens += input.CachedTokensDetails?.ImageTokens ?? 0;
        }

        OutputAudioTokens += realtime.OutputTokenDetails?.AudioTokens ?? 0;
    }
}
