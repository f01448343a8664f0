namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>Usage of one provider's model: an LLM's tokens, an STT's audio or a TTS's characters and audio.</summary>
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

    public long OutputTokens { get; set; }

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
}
