namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>
/// Finds the longest known phrase that starts at a word of a scanned text. Phrases are indexed by the hash of their
/// first word (<see cref="SpokenWord.Hash"/>) and confirmed character by character, so matching allocates nothing; a
/// phrase never spans punctuation.
/// </summary>
public sealed class CuePhraseMatcher<T>
{
    private readonly Dictionary<int, CuePhrase<T>[]> _byFirstWord;

    public CuePhraseMatcher(IEnumerable<CuePhrase<T>> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        _byFirstWord = patterns
            .GroupBy(p => WordHash.Of(p.Words[0]))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Count).ToArray());
    }

    public static CuePhraseMatcher<T> From(IEnumerable<(string Phrase, T Value)> entries) =>
        new(entries.Select(e => CuePhrase<T>.Parse(e.Phrase, e.Value)));

    /// <summary>The longest phrase starting at <paramref name="index"/>, or null.</summary>
    public CuePhrase<T>? Match(string text, IReadOnlyList<SpokenWord> words, int index)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (!_byFirstWord.TryGetValue(words[index].Hash, out var candidates))
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            if (Matches(candidate, text, words, index))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>True when any phrase starts at <paramref name="index"/>.</summary>
    public bool IsMatch(string text, IReadOnlyList<SpokenWord> words, int index) => Match(text, words, index) is not null;

    private static bool Matches(CuePhrase<T> pattern, string text, IReadOnlyList<SpokenWord> words, int index)
    {
        var count = pattern.Words.Count;
        if (index + count > words.Count)
        {
            return false;
        }

        if (!words[index].Is(text, pattern.Words[0]))
        {
            return false;
        }

        for (var k = 1; k < count; k++)
        {
            var word = words[index + k];
            if (words[index + k - 1].EndsClause || word.Hash != pattern.Hashes[k] || !word.Is(text, pattern.Words[k]))
            {
                return false;
            }
        }

        var last = index + count - 1;
        return !pattern.EndsClause || words[last].EndsClause || last == words.Count - 1;
    }
}
