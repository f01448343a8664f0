namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// Provider prices used to cost a session (configuration section <c>Pricing</c>). The defaults are public list prices
/// seen when this was written; they change, so check them and override them in configuration rather than in code.
/// Keys match case-insensitively; a model not found exactly is matched by the longest key it starts with
/// (<c>gpt-4o-mini-2024-07-18</c> uses <c>gpt-4o-mini</c>), then by its provider, then by the default.
/// </summary>
public sealed class PricingOptions
{
    public const string Section = "Pricing";

    /// <summary>LLM prices by model name, USD per 1M tokens.</summary>
    public Dictionary<string, LlmPrice> Llm { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gpt-4.1-mini"] = Price(0.40, 0.10, 1.60),
        ["gpt-4.1"] = Price(2.00, 0.50, 8.00),
        ["gpt-4.1-nano"] = Price(0.10, 0.025, 0.40),
        ["gpt-4o-mini"] = Price(0.15, 0.075, 0.60),
        ["gpt-4o"] = Price(2.50, 1.25, 10.00),
    };

    /// <summary>The price of a model missing from <see cref="Llm"/> (gpt-4.1-mini's).</summary>
    public LlmPrice DefaultLlm { get; set; } = Price(0.40, 0.10, 1.60);

    /// <summary>Speech-to-text prices by model or provider, USD per audio minute.</summary>
    public Dictionary<string, double> SttPerMinute { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nova-3"] = 0.0077,
        ["nova-2"] = 0.0058,
        ["Deepgram"] = 0.0077,
        ["universal-streaming"] = 0.0025,
        ["AssemblyAI"] = 0.0025,
        ["gpt-4o-transcribe"] = 0.006,
        ["whisper-1"] = 0.006,
    };

    public double DefaultSttPerMinute { get; set; } = 0.0077;

    /// <summary>Text-to-speech prices by model or provider, USD per 1M characters.</summary>
    public Dictionary<string, double> TtsPerMillionCharacters { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sonic-3"] = 65.0,
        ["sonic-2"] = 65.0,
        ["sonic"] = 65.0,
        ["Cartesia"] = 65.0,
        ["ElevenLabs"] = 180.0,
        ["tts-1"] = 15.0,
        ["tts-1-hd"] = 30.0,
        ["aura-2"] = 30.0,
    };

    public double DefaultTtsPerMillionCharacters { get; set; } = 65.0;

    /// <summary>LiveKit Cloud agent session minutes, USD per minute of call.</summary>
    public double AgentPerMinute { get; set; } = 0.01;

    private static LlmPrice Price(double input, double cachedInput, double output) =>
        new() { InputPerMillion = input, CachedInputPerMillion = cachedInput, OutputPerMillion = output };
}
