using System.Collections.Frozen;

namespace VoiceAnalytics.Core.Analysis.Text.Words;

/// <summary>
/// An immutable set of words compared ignoring case, that answers for a span of text or a <see cref="SpokenWord"/>
/// without allocating. Most words looked up are not in the set, so a table of (length, first letter) pairs rules them
/// out first; the rest cost one integer lookup by <see cref="WordHash"/> (a spoken word carries its hash already) and
/// a character comparison.
/// </summary>
public sealed class WordSet
{
    private const int MaxIndexedLength = 24;
    private const int OtherFirstChar = 26;

    private readonly FrozenDictionary<int, string[]> _byHash;
    private readonly uint[] _firstCharsByLength = new uint[MaxIndexedLength + 2];
    private readonly WordHashFilter _hashes = new();

    public WordSet(params string[] words)
        : this((IEnumerable<string>)words)
    {
    }

    public WordSet(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var distinct = words.Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        _byHash = distinct.GroupBy(w => WordHash.Of(w)).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        foreach (var word in distinct)
        {
            _firstCharsByLength[Bucket(word.Length)] |= 1u << FirstCharBit(word[0]);
            _hashes.Add(WordHash.Of(word));
        }
    }

    public static WordSet Of(params string[] words) => new(words);

    public bool Contains(ReadOnlySpan<char> word) => MayContain(word) && Contains(word, WordHash.Of(word));

    public bool Contains(string text, SpokenWord word)
    {
        // A spoken word carries its hash, so the hash table rules it out more often than length and first letter.
        return _hashes.MayContain(word.Hash) && Contains(word.In(text), word.Hash);
    }

    private bool MayContain(ReadOnlySpan<char> word) =>
        word.Length > 0 && (_firstCharsByLength[Bucket(word.Length)] & (1u << FirstCharBit(word[0]))) != 0;

    private bool Contains(ReadOnlySpan<char> word, int hash)
    {
        if (!_hashes.MayContain(hash) || !_byHash.TryGetValue(hash, out var candidates))
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

    private static int Bucket(int length) => Math.Min(length, MaxIndexedLength + 1);

    private static int FirstCharBit(char c) => (char)(c | 0x20) is var lower and >= 'a' and <= 'z' ? lower - 'a' : OtherFirstChar;
}
