using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;

/// <summary>
/// Finds vocabulary terms in a text in one pass over its words with a <see cref="PhraseMatcher{T}"/> (longest first,
/// so "Dropbox Sign" wins over "Dropbox" and "consent forms" over "forms"), in four layers with their guards.
/// </summary>
internal sealed class Lexicon
{
    private const int LayerCount = 4;

    private readonly PhraseMatcher<LexiconEntry> _terms;

    // The candidates of each first word as the matcher orders them (longest first), with what the hot loop reads of
    // each side by side: a third of a turn's words start some term, and most of their candidates fail on the layer
    // or the second word, so reading those through the phrase and entry objects cost a pointer chase each.
    private readonly Dictionary<int, Candidate[]> _byFirstWord;
    private readonly WordHashFilter _firstWords = new();

    public Lexicon(IEnumerable<LexiconEntry> entries)
    {
        var phrases = entries.Select(e => new CuePhrase<LexiconEntry>(e.Words, false, e)).ToList();
        // KeyHash's rule-out holds only for lower-case ASCII term words.
        if (phrases.Exists(p => p.WordArray.Any(w => !w.All(c => char.IsAscii(c) && !char.IsAsciiLetterUpper(c)))))
        {
            throw new ArgumentException("Lexicon terms must be lower-case ASCII.", nameof(entries));
        }

        _terms = new(phrases, PhraseReach.Terms);
        _byFirstWord = phrases
            .GroupBy(p => WordHash.Of(p.WordArray[0]))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.WordArray.Length).Select(Candidate.Of).ToArray());
        foreach (var hash in _byFirstWord.Keys)
        {
            _firstWords.Add(hash);
        }
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
            var hash = KeyHash(text, words[i]);
            if (!_firstWords.MayContain(hash) || !_byFirstWord.TryGetValue(hash, out var candidates))
            {
                continue;
            }

            matchedLength.Clear();
            var nextHash = i + 1 < words.Length ? KeyHash(text, words[i + 1]) : 0;
            foreach (ref readonly var candidate in candidates.AsSpan())
            {
                var layer = candidate.Layer;
                var n = candidate.Length;
                if (coveredUntil[layer] > i || (matchedLength[layer] > 0 && n < matchedLength[layer])
                    || (n > 1 && (i + 1 >= words.Length || candidate.SecondHash != nextHash))
                    || !_terms.Fits(candidate.Phrase, text, words, i)
                    || !TermGuards.Pass(candidate.Phrase.Value.Guard, text, list, i, i + n - 1))
                {
                    continue;
                }

                into.Add(new LexiconMatch(candidate.Phrase.Value, words[i].Start, words[i + n - 1].End, i));
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
    /// The hash of a word as the terms compare it (possessive cut), as <see cref="PhraseMatcher{T}"/> keys it. Every
    /// term word is lower-case ASCII and no other character equals an ASCII letter ignoring case, so a word equal to a
    /// term word has its hash: a second word with another hash rules the term out before the words are compared.
    /// </summary>
    private static int KeyHash(string text, SpokenWord word)
    {
        var key = word.WithoutPossessive(text);
        return key.Length == word.Length ? word.Hash : WordHash.Of(key);
    }

    private readonly record struct Candidate(CuePhrase<LexiconEntry> Phrase, int Layer, int Length, int SecondHash)
    {
        public static Candidate Of(CuePhrase<LexiconEntry> phrase) =>
            new(phrase, LayerOf(phrase.Value.Kind), phrase.WordArray.Length, phrase.WordArray.Length > 1 ? phrase.HashArray[1] : 0);
    }

    private static int LayerOf(TermKind kind) => kind switch
    {
        TermKind.Feature => 1,
        TermKind.PainPoint => 2,
        // A trade's document ("policy applications", "rate confirmations") places the industry and is still a use case.
        TermKind.Industry => 3,
        _ => 0,
    };
}
