namespace VoiceAnalytics.Core.Analysis.Performance.Costs;

/// <summary>
/// Provider prices used to cost a session (configuration section <c>Pricing</c>). The defaults are public list prices
/// seen when this was written; they change, so check them and override them in configuration rather than in code.
/// Keys match case-insensitively; a model not found exactly is matched by the longest key it starts with
/// (<c>gpt-4o-mini-2024-07-18</c> uses <c>gpt-4o-mini</c>), then by its provider, then by the default.
/// <para>
/// Realtime models price text, audio and image tokens apart (USD per 1M tokens, OpenAI model pages read 2026-12-05):
/// gpt-realtime text 4.00/0.40/16.00 (https://developers.openai.com/api/docs/models/compare?model=gpt-realtime), audio
/// 32.00/0.40/64.00 and image 5.00/0.50 (the same-priced rows of https://developers.openai.com/api/docs/models/gpt-realtime-1.5);
/// gpt-realtime-mini text 0.60/0.06/2.40, audio 10.00/0.30/20.00, image 0.80/0.08
/// (https://developers.openai.com/api/docs/models/gpt-realtime-2.1-mini, "GPT-Realtime Mini" row);
/// gpt-4o-realtime-preview text 5.00/2.50/20.00, audio 40.00/2.50/80.00
/// (https://developers.openai.com/api/docs/models/gpt-4o-realtime-preview);
/// gpt-4o-mini-realtime-preview text 0.60/0.30/2.40, audio 10.00/0.30/20.00
/// (https://developers.openai.com/api/docs/models/gpt-4o-mini-realtime-preview). Their keys are longer than
/// <c>gpt-4o</c>'s, so a dated name such as <c>gpt-4o-realtime-preview-2025-06-03</c> gets the realtime price.
/// </para>
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
        ["gpt-realtime"] = Realtime(Price(4.00, 0.40, 16.00), audio: (32.00, 0.40, 64.00), image: (5.00, 0.50)),
        ["gpt-realtime-mini"] = Realtime(Price(0.60, 0.06, 2.40), audio: (10.00, 0.30, 20.00), image: (0.80, 0.08)),
        ["gpt-4o-realtime-preview"] = Realtime(Price(5.00, 2.50, 20.00), audio: (40.00, 2.50, 80.00), image: null),
        ["gpt-4o-mini-realtime-preview"] = Realtime(Price(0.60, 0.30, 2.40), audio: (10.00, 0.30, 20.00), image: null),
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

    private static LlmPrice Realtime(LlmPrice text, (double Input, double Cached, double Output) audio, (double Input, double Cached)? image)
    {
        text.AudioInputPerMillion = audio.Input;
        text.CachedAudioInputPerMillion = audio.Cached;
        text.AudioOutputPerMillion = audio.Output;
        text.ImageInputPerMillion = image?.Input;
        text.CachedImageInputPerMillion = image?.Cached;
        return text;
    }
}
