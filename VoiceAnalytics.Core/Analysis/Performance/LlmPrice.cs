namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>An LLM's price in USD per 1M tokens. Cached input is the part of the prompt served from the provider's cache.</summary>
public sealed class LlmPrice
{
    public double InputPerMillion { get; set; }

    public double CachedInputPerMillion { get; set; }

    public double OutputPerMillion { get; set; }
}
