using System.Collections.Frozen;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit;

/// <summary>
/// Finds vocabulary terms in a text in one pass over its words: terms are indexed by their first word and tried
/// longest first, so "Dropbox Sign" wins over "Dropbox" and "consent forms" over "forms".
/// </summary>
internal sealed class Lexicon
{
    private const int LayerCount = 3;

    private readonly FrozenDictionary<string, LexiconEntry[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    public Lexicon(IEnumerable<LexiconEntry> entries)
    {
        var index = entries
            .GroupBy(e => e.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        _byFirstWord = index.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Builds entries of one kind and value from several surface forms.</summary>
    public static IEnumerable<LexiconEntry> Terms(TermKind kind, string value, params string[] phrases) =>
        phrases.Select(p => new LexiconEntry(kind, value, p));

    /// <summary>Like <see cref="Terms"/>, with a weight and guard for every form.</summary>
    public static IEnumerable<LexiconEntry> Terms(TermKind kind, string value, double weight, TermGuard guard, params string[] phrases) =>
        phrases.Select(p => new LexiconEntry(kind, value, p, weight, guard));

    /// <summary>
    /// Adds the terms of <paramref name="text"/> (already split into <paramref name="words"/>) to <paramref name="into"/>.
    /// Within a layer a longer term hides the shorter ones it covers; layers overlap freely, so "all paper" can be
    /// both a manual process and a pain point.
    /// </summary>
    public void Match(string text, List<WordToken> words, List<LexiconMatch> into)
    {
        Span<int> coveredUntil = stackalloc int[LayerCount];
        Span<int> matchedLength = stackalloc int[LayerCount];
        for (var i = 0; i < words.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(words[i].Key(text), out var candidates))
            {
                continue;
            }

            matchedLength.Clear();
            foreach (var entry in candidates)
            {
                var layer = Layer(entry.Kind);
                var n = entry.Words.Length;
                if (coveredUntil[layer] > i || (matchedLength[layer] > 0 && n < matchedLength[layer])
                    || i + n > words.Count || !RestMatches(text, words, i, entry.Words)
                    || !TermGuards.Pass(entry.Guard, text, words, i, i + n - 1))
                {
                    continue;
                }

                into.Add(new LexiconMatch(entry, words[i].Start, words[i + n - 1].End, i));
                matchedLength[layer] = n;
            }

            for (var layer = 0; layer < LayerCount; layer++)
            {
                if (matchedLength[layer] > 0)
                {
                    coveredUntil[layer] = i + matchedLength[layer];
                }
            }
        }
    }

    private static int Layer(TermKind kind) => kind switch
    {
        TermKind.Feature => 1,
        TermKind.PainPoint => 2,
        _ => 0,
    };

    private static bool RestMatches(string text, List<WordToken> words, int first, string[] entryWords)
    {
        for (var k = 1; k < entryWords.Length; k++)
        {
            if (!words[first + k].Key(text).Equals(entryWords[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
