using System.Runtime.InteropServices;

namespace VoiceAnalytics.Core.Analysis.Text.Words;

/// <summary>
/// The one phrase matcher: finds known phrases at a word of a text (<see cref="SpeechTokenizer"/>'s words), or
/// anywhere in a span of text read in place. Phrases are indexed by the <see cref="WordHash"/> of their first word and
/// tried longest first, and every word is confirmed ignoring case, so matching allocates nothing. What a match may
/// reach over is chosen per matcher (<see cref="PhraseReach"/>).
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Dictionary<int, CuePhrase<T>[]> _byFirstWord;
    private readonly WordHashFilter _firstWords = new();
    private readonly PhraseReach _reach;

    public PhraseMatcher(IEnumerable<CuePhrase<T>> phrases, PhraseReach reach = PhraseReach.Clause)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _reach = reach;
        _byFirstWord = phrases
            .GroupBy(p => WordHash.Of(p.Words[0]))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Count).ToArray());
        foreach (var hash in _byFirstWord.Keys)
        {
            _firstWords.Add(hash);
        }
    }

    /// <summary>Phrases without values of their own, for asking whether and where one occurs.</summary>
    public PhraseMatcher(params string[] phrases)
        : this(phrases.Select(p => CuePhrase<T>.Parse(p, default!)))
    {
    }

    public static PhraseMatcher<T> From(IEnumerable<(string Phrase, T Value)> entries, PhraseReach reach = PhraseReach.Clause) =>
        new(entries.Select(e => CuePhrase<T>.Parse(e.Phrase, e.Value)), reach);

    /// <summary>The phrases whose first word may be the word at <paramref name="index"/>, longest first; confirm each with <see cref="Fits"/>.</summary>
    public ReadOnlySpan<CuePhrase<T>> StartingAt(string text, IReadOnlyList<SpokenWord> words, int index)
    {
        ArgumentNullException.ThrowIfNull(words);
        return StartingAt(text, words[index]);
    }

    /// <summary>The phrases whose first word may be <paramref name="first"/>, longest first.</summary>
    public ReadOnlySpan<CuePhrase<T>> StartingAt(string text, SpokenWord first)
    {
        var hash = KeyHash(text, first);
        return _firstWords.MayContain(hash) && _byFirstWord.TryGetValue(hash, out var candidates) ? candidates : [];
    }

    /// <summary>Whether <paramref name="phrase"/> stands at the word at <paramref name="index"/>.</summary>
    public bool Fits(CuePhrase<T> phrase, string text, IReadOnlyList<SpokenWord> words, int index) =>
        Fits(phrase, text, AsSpan(words), index);

    /// <inheritdoc cref="Fits(CuePhrase{T}, string, IReadOnlyList{SpokenWord}, int)"/>
    public bool Fits(CuePhrase<T> phrase, string text, ReadOnlySpan<SpokenWord> words, int index)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var phraseWords = phrase.WordArray;
        var count = phraseWords.Length;
        if (index + count > words.Length || !Key(text, words[index]).Equals(phraseWords[0], StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var hashes = phrase.HashArray;
        for (var k = 1; k < count; k++)
        {
            var word = words[index + k];
            if ((_reach != PhraseReach.Terms && words[index + k - 1].EndsClause)
                || (_reach != PhraseReach.Terms && word.Hash != hashes[k])
                || !Key(text, word).Equals(phraseWords[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        var last = index + count - 1;
        return !phrase.EndsClause || words[last].EndsClause || last == words.Length - 1;
    }

    /// <summary>The longest phrase starting at <paramref name="index"/>, or null.</summary>
    public CuePhrase<T>? Match(string text, IReadOnlyList<SpokenWord> words, int index)
    {
        var candidates = StartingAt(text, words, index);
        return candidates.IsEmpty ? null : FirstFitting(candidates, text, AsSpan(words), index);
    }

    /// <inheritdoc cref="Match(string, IReadOnlyList{SpokenWord}, int)"/>
    public CuePhrase<T>? Match(string text, ReadOnlySpan<SpokenWord> words, int index)
    {
        var candidates = StartingAt(text, words[index]);
        return candidates.IsEmpty ? null : FirstFitting(candidates, text, words, index);
    }

    /// <summary>
    /// The first word in <c>[from, to)</c> where a phrase starts, or -1: what a loop of <see cref="IsMatch"/> finds,
    /// reading the words as one span instead of through the list at each word.
    /// </summary>
    public int FirstIndex(string text, IReadOnlyList<SpokenWord> words, int from = 0, int to = int.MaxValue)
    {
        var span = AsSpan(words);
        for (var i = Math.Max(0, from); i < Math.Min(to, span.Length); i++)
        {
            var candidates = StartingAt(text, span[i]);
            if (!candidates.IsEmpty && FirstFitting(candidates, text, span, i) is not null)
            {
                return i;
            }
        }

        return -1;
    }

    private CuePhrase<T>? FirstFitting(ReadOnlySpan<CuePhrase<T>> candidates, string text, ReadOnlySpan<SpokenWord> words, int index)
    {
        foreach (var candidate in candidates)
        {
            if (Fits(candidate, text, words, index))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// The words as a span: the tokenizer's lists and arrays are read in place (a read through
    /// <see cref="IReadOnlyList{T}"/> is an interface call), anything else is copied.
    /// </summary>
    public static ReadOnlySpan<SpokenWord> AsSpan(IReadOnlyList<SpokenWord> words) => words switch
    {
        List<SpokenWord> list => CollectionsMarshal.AsSpan(list),
        SpokenWord[] array => array,
        null => throw new ArgumentNullException(nameof(words)),
        _ => words.ToArray(),
    };

    /// <summary>True when any phrase starts at <paramref name="index"/>.</summary>
    public bool IsMatch(string text, IReadOnlyList<SpokenWord> words, int index) => Match(text, words, index) is not null;

    /// <inheritdoc cref="IsMatch(string, IReadOnlyList{SpokenWord}, int)"/>
    public bool IsMatch(string text, ReadOnlySpan<SpokenWord> words, int index) => Match(text, words, index) is not null;

    /// <summary>True when a phrase occurs anywhere in <paramref name="text"/>.</summary>
    public bool In(ReadOnlySpan<char> text) => IndexIn(text) >= 0;

    /// <summary>
    /// Where the first phrase starts in <paramref name="text"/>, or -1, walking its words in place
    /// (<see cref="SpeechTokenizer.IsWordChar"/>); a phrase reaches over any punctuation here.
    /// </summary>
    public int IndexIn(ReadOnlySpan<char> text)
    {
        var i = 0;
        var checks = 0;
        while (NextWord(text, ref i, out var start))
        {
            AnalysisCancellation.ThrowIfRequestedEvery256(ref checks);
            var hash = WordHash.Of(text[start..i]);
            if (_firstWords.MayContain(hash) && _byFirstWord.TryGetValue(hash, out var candidates))
            {
                foreach (var candidate in candidates)
                {
                    if (text[start..i].Equals(candidate.WordArray[0], StringComparison.OrdinalIgnoreCase) && RestFollows(text, i, candidate))
                    {
                        return start;
                    }
                }
            }
        }

        return -1;
    }

    // Vocabularies of names read "DocuSign's" as "DocuSign"; phrases of speech compare words as written.
    private ReadOnlySpan<char> Key(string text, SpokenWord word) =>
        _reach == PhraseReach.Terms ? word.WithoutPossessive(text) : word.In(text);

    private int KeyHash(string text, SpokenWord word)
    {
        if (_reach != PhraseReach.Terms)
        {
            return word.Hash;
        }

        var key = word.WithoutPossessive(text);
        return key.Length == word.Length ? word.Hash : WordHash.Of(key);
    }

    private static bool RestFollows(ReadOnlySpan<char> text, int index, CuePhrase<T> phrase)
    {
        var words = phrase.WordArray;
        for (var k = 1; k < words.Length; k++)
        {
            if (!NextWord(text, ref index, out var start) || !text[start..index].Equals(words[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Moves <paramref name="index"/> past the next word; false at the end of the text.</summary>
    private static bool NextWord(ReadOnlySpan<char> text, ref int index, out int start)
    {
        while (index < text.Length && !SpeechTokenizer.IsWordChar(text[index]))
        {
            index++;
        }

        start = index;
        while (index < text.Length && SpeechTokenizer.IsWordChar(text[index]))
        {
            index++;
        }

        return index > start;
    }
}
