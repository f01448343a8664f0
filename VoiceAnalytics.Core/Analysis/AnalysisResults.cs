using System.Collections;

namespace VoiceAnalytics.Core.Analysis;

/// <summary>Analyzer results by analyzer name; typed access for the stages that read earlier results.</summary>
public sealed class AnalysisResults : IReadOnlyDictionary<string, object>
{
    private readonly IReadOnlyDictionary<string, object> _results;

    public AnalysisResults(IReadOnlyDictionary<string, object> results) => _results = results;

    public static AnalysisResults Empty { get; } = new(new Dictionary<string, object>());

    /// <summary>The first result of type <typeparamref name="T"/>, or null when that analyzer did not run.</summary>
    public T? Get<T>()
        where T : class
    {
        foreach (var result in _results.Values)
        {
            if (result is T typed)
            {
                return typed;
            }
        }

        return null;
    }

    public object this[string key] => _results[key];

    public IEnumerable<string> Keys => _results.Keys;

    public IEnumerable<object> Values => _results.Values;

    public int Count => _results.Count;

    public bool ContainsKey(string key) => _results.ContainsKey(key);

    public bool TryGetValue(string key, out object value) => _results.TryGetValue(key, out value!);

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _results.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
