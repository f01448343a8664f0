namespace VoiceAnalytics.Core.Analysis.Performance.Costs;

/// <summary>
/// An LLM's price in USD per 1M tokens. Cached input is the part of the prompt served from the provider's cache.
/// The input and output prices are the text prices; audio and image tokens (realtime models) have their own, and
/// when one is unset those tokens are priced at the matching text price (input, cached input or output).
/// </summary>
public sealed class LlmPrice
{
    public double InputPerMillion { get; set; }

    public double CachedInputPerMillion { get; set; }

    public double OutputPerMillion { get; set; }

    public double? AudioInputPerMillion { get; set; }

    public double? CachedAudioInputPerMillion { get; set; }

    public double? AudioOutputPerMillion { get; set; }

    public double? ImageInputPerMillion { get; set; }

    public double? CachedImageInputPerMillion { get; set; }
}
