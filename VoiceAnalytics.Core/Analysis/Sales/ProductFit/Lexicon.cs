using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit;

/// <summary>
/// Finds vocabulary terms in a text in one pass over its words with a <see cref="PhraseMatcher{T}"/> (longest first,
/// so "Dropbox Sign" wins over "Dropbox" and "consent forms" over "forms"), in four layers with their guards.
/// </summary>
internal sealed class Lexicon
{
    private const int LayerCount = 4;

    private readonly PhraseMatcher<LexiconEntry> _terms;

    public Lexicon(IEnumerable<LexiconEntry> entries)
    {
        var phrases = entries.Select(e => new CuePhrase<LexiconEntry>(e.Words, false, e)).ToList();
        // KeyHash's rule-out holds only for lower-case ASCII term words.
        if (phrases.Exists(p => p.WordArray.Any(w => !w.All(c => char.IsAscii(c) && !char.IsAsciiLetterUpper(c)))))
        {
            throw new ArgumentException("Lexicon terms must be lower-case ASCII.", nameof(entries));
        }

        _terms = new(phrases, PhraseReach.Terms);
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
    /// both a manual process and a pain point, and "policy applications" both an industry and a use case.
    /// </summary>
    public void Match(string text, IReadOnlyList<SpokenWord> list, List<LexiconMatch> into)
    {
        var words = PhraseMatcher<LexiconEntry>.AsSpan(list);
        Span<int> coveredUntil = stackalloc int[LayerCount];
        Span<int> matchedLength = stackalloc int[LayerCount];
        for (var i = 0; i < words.Length; i++)
        {
            var candidates = _terms.StartingAt(text, words[i]);
            if (candidates.IsEmpty)
            {
                continue;
            }

            matchedLength.Clear();
            var nextHash = i + 1 < words.Length ? KeyHash(text, words[i + 1]) : 0;
            foreach (var candidate in candidates)
            {
                var entry = candidate.Value;
                var layer = Layer(entry.Kind);
                var n = entry.Words.Length;
                if (coveredUntil[layer] > i || (matchedLength[layer] > 0 && n < matchedLength[layer])
                    || (n > 1 && (i + 1 >= words.Length || candidate.HashArray[1] != nextHash))
                    || !_terms.Fits(candidate, text, words, i)
                    || !TermGuards.Pass(entry.Guard, text, list, i, i + n - 1))
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

    /// <summary>
    /// The hash of a word as the terms compare it (possessive cut). Every term word is lower-case ASCII and no other
    /// character equals an ASCII letter ignoring case, so a word equal to a term word has its hash: a second word
    /// with another hash rules the term out before the words are compared.
    /// </summary>
    private static int KeyHash(string text, SpokenWord word)
    {
        var key = word.WithoutPossessive(text);
        return key.Length == word.Length ? word.Hash : WordHash.Of(key);
    }

    private static int Layer(TermKind kind) => kind switch
    {
        TermKind.Feature => 1,
        TermKind.PainPoint => 2,
        // A trade's document ("policy applications", "rate confirmations") places the industry and is still a use case.
        TermKind.Industry => 3,
        _ => 0,
    };
}
