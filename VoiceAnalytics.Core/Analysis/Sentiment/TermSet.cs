namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>
/// An immutable set of words compared ignoring case. Lookups go by <see cref="SpokenWord.Hash"/> and confirm the
/// characters, so they allocate nothing and cost one integer lookup.
/// </summary>
public sealed class TermSet
{
    private readonly Dictionary<int, string[]> _byHash;

    public TermSet(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _byHash = words
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .GroupBy(w => WordHash.Of(w))
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    public static TermSet Of(params string[] words) => new(words);

    public bool Contains(ReadOnlySpan<char> word) => Contains(word, WordHash.Of(word));

    public bool Contains(string text, SpokenWord word) => Contains(word.In(text), word.Hash);

    private bool Contains(ReadOnlySpan<char> word, int hash)
    {
        if (!_byHash.TryGetValue(hash, out var candidates))
        {
            return false;
        }

        foreach (var candidate in candidates)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
