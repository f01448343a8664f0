using System.Collections.Frozen;

namespace VoiceAnalytics.Core.Analysis.Text;

/// <summary>
/// An immutable set of lower-case words that answers for a span of text without allocating. Most words looked up
/// are not in the set, so a table of (length, first letter) pairs rules them out before any hashing.
/// </summary>
public sealed class WordSet
{
    private const int MaxIndexedLength = 24;
    private const int OtherFirstChar = 26;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly uint[] _firstCharsByLength = new uint[MaxIndexedLength + 2];

    public WordSet(params string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _lookup = words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in words)
        {
            if (word.Length > 0)
            {
                _firstCharsByLength[Bucket(word.Length)] |= 1u << FirstCharBit(word[0]);
            }
        }
    }

    public bool Contains(ReadOnlySpan<char> word) =>
        word.Length > 0
        && (_firstCharsByLength[Bucket(word.Length)] & (1u << FirstCharBit(word[0]))) != 0
        && _lookup.Contains(word);

    private static int Bucket(int length) => Math.Min(length, MaxIndexedLength + 1);

    private static int FirstCharBit(char c) => c is >= 'a' and <= 'z' ? c - 'a' : OtherFirstChar;
}
