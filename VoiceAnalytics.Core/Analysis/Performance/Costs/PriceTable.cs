using System.Collections.Frozen;

namespace VoiceAnalytics.Core.Analysis.Performance.Costs;

/// <summary>
/// <see cref="PricingOptions"/> frozen once with case-insensitive keys: configuration binding may replace the
/// dictionaries with ordinal ones, so the analyzer does not rely on their comparer.
/// </summary>
internal sealed class PriceTable
{
    private readonly FrozenDictionary<string, LlmPrice> _llm;
    private readonly FrozenDictionary<string, double> _stt;
    private readonly FrozenDictionary<string, double> _tts;
    private readonly LlmPrice _defaultLlm;
    private readonly double _defaultStt;
    private readonly double _defaultTts;

    public PriceTable(PricingOptions options)
    {
        _llm = Freeze(options.Llm);
        _stt = Freeze(options.SttPerMinute);
        _tts = Freeze(options.TtsPerMillionCharacters);
        _defaultLlm = options.DefaultLlm ?? new LlmPrice();
        _defaultStt = options.DefaultSttPerMinute;
        _defaultTts = options.DefaultTtsPerMillionCharacters;
        AgentPerMinute = options.AgentPerMinute;
    }

    public double AgentPerMinute { get; }

    public LlmPrice Llm(string? model) => Find(_llm, model, out var price) ? price : _defaultLlm;

    public double SttPerMinute(string? provider, string? model) =>
        Find(_stt, model, out var price) || Find(_stt, provider, out price) ? price : _defaultStt;

    public double TtsPerMillionCharacters(string? provider, string? model) =>
        Find(_tts, model, out var price) || Find(_tts, provider, out price) ? price : _defaultTts;

    private static FrozenDictionary<string, T> Freeze<T>(Dictionary<string, T>? source)
    {
        var copy = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        if (source is not null)
        {
            foreach (var (key, value) in source)
            {
                copy[key] = value;
            }
        }

        return copy.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Exact key, else the longest key the name starts with (dated model versions keep their family's price).</summary>
    private static bool Find<T>(FrozenDictionary<string, T> table, string? name, out T value)
    {
        value = default!;
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        if (table.TryGetValue(name, out value!))
        {
            return true;
        }

        var bestLength = 0;
        foreach (var (key, candidate) in table)
        {
            if (key.Length > bestLength && name.StartsWith(key, StringComparison.OrdinalIgnoreCase))
            {
                bestLength = key.Length;
                value = candidate;
            }
        }

        return bestLength > 0;
    }
}
