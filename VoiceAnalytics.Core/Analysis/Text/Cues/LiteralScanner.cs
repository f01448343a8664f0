using System.Buffers;
using System.Numerics;
using System.Text;

namespace VoiceAnalytics.Core.Analysis.Text.Cues;

/// <summary>
/// Whether a text contains any of a set of ASCII literals, in one scalar pass: each position's three characters are
/// hashed into a 4,096-bit table of the literals' first three characters, and only a set bit is checked against the
/// literals that start that way. <see cref="SearchValues{T}"/> of strings (Teddy) tries every position whose first
/// characters look like a candidate, and analyzer literal sets start with common English trigrams ("can", "the",
/// "wor"), so on a typical sentence it ran about three times slower than this (bench/README, issue 8, session 16).
/// </summary>
public sealed class LiteralScanner
{
    private const int TableBits = TextTrigrams.TableBits;

    /// <summary>
    /// Characters a case-insensitive regex treats as ASCII letters (Kelvin sign for k, long s for s, dotted and dotless
    /// i under a Turkish culture): a text holding one may match a literal no ordinal comparison finds, so it passes.
    /// </summary>
    internal static readonly SearchValues<char> CaseFoldEscapes = SearchValues.Create("\u212A\u017F\u0130\u0131");

    private readonly ulong[] _table = new ulong[(1 << TableBits) / 64];

    // The literals of each set bit, in hash order: a bit's bucket is the number of set bits before it (the table word's
    // rank plus a popcount), which costs a few instructions where a Dictionary lookup cost 3 % of an analyzer pass.
    private readonly ushort[] _rank = new ushort[(1 << TableBits) / 64];
    private readonly string[][] _buckets;
    private readonly bool _ignoreCase;

    // The literals' first three characters case-folded, hashed as TextTrigrams hashes a text (for a scanner that ignores
    // case, its own table), and the table words in use.
    private readonly ulong[] _foldedTable;
    private readonly byte[] _foldedWords;

    private LiteralScanner(IEnumerable<string> literals, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        _foldedTable = ignoreCase ? _table : new ulong[(1 << TableBits) / 64];
        var lists = new Dictionary<int, List<string>>();
        foreach (var literal in literals)
        {
            var folded = ignoreCase ? literal.ToLowerInvariant() : literal;
            var hash = TextTrigrams.Hash(folded[0], folded[1], folded[2]);
            _table[hash >> 6] |= 1UL << hash;
            if (!lists.TryGetValue(hash, out var list))
            {
                lists[hash] = list = [];
            }

            list.Add(folded);
            if (!ignoreCase)
            {
                var lower = TextTrigrams.Hash(TextTrigrams.Fold(literal[0]), TextTrigrams.Fold(literal[1]), TextTrigrams.Fold(literal[2]));
                _foldedTable[lower >> 6] |= 1UL << lower;
            }
        }

        _foldedWords = [.. Enumerable.Range(0, _foldedTable.Length).Where(w => _foldedTable[w] != 0).Select(w => (byte)w)];

        _buckets = [.. lists.OrderBy(p => p.Key).Select(p => p.Value.ToArray())];
        for (var word = 1; word < _rank.Length; word++)
        {
            _rank[word] = (ushort)(_rank[word - 1] + BitOperations.PopCount(_table[word - 1]));
        }
    }

    /// <summary>
    /// A scanner for <paramref name="literals"/>, or null when one is shorter than three characters or not ASCII (a
    /// non-ASCII literal has case equivalents this scanner does not fold).
    /// </summary>
    public static LiteralScanner? For(IReadOnlyCollection<string> literals, bool ignoreCase)
    {
        ArgumentNullException.ThrowIfNull(literals);
        return literals.Count > 0 && literals.All(l => l.Length >= 3 && Ascii.IsValid(l)) ? new LiteralScanner(literals, ignoreCase) : null;
    }

    /// <summary>
    /// <see cref="ContainsAny(ReadOnlySpan{char})"/> for a part of <paramref name="whole"/>: when the whole text's trigrams
    /// (<see cref="TextTrigrams"/>) hold no literal's first three characters, no part of it holds a literal.
    /// </summary>
    public bool ContainsAny(ReadOnlySpan<char> text, string whole)
    {
        if (TextTrigrams.Of(whole) is { } trigrams && !(_ignoreCase && trigrams.HasCaseFoldEscape) && !trigrams.Any(_foldedTable, _foldedWords))
        {
            return false;
        }

        return ContainsAny(text);
    }

    /// <summary>Whether <paramref name="text"/> contains one of the literals (ASCII letters compared without case when the scanner ignores it).</summary>
    public bool ContainsAny(ReadOnlySpan<char> text)
    {
        if (_ignoreCase && text.IndexOfAny(CaseFoldEscapes) >= 0)
        {
            return true;
        }

        if (text.Length < 3)
        {
            return false;
        }

        var table = _table;
        var (first, second) = (Fold(text[0]), Fold(text[1]));
        for (var i = 2; i < text.Length; i++)
        {
            var current = Fold(text[i]);
            var hash = TextTrigrams.Hash(first, second, current);
            var bits = table[hash >> 6];
            var bit = 1UL << hash;
            if ((bits & bit) != 0 && StartsOne(text, i - 2, _buckets[_rank[hash >> 6] + BitOperations.PopCount(bits & (bit - 1))]))
            {
                return true;
            }

            (first, second) = (second, current);
        }

        return false;
    }

    private bool StartsOne(ReadOnlySpan<char> text, int at, string[] literals)
    {
        foreach (var literal in literals)
        {
            if (at + literal.Length <= text.Length && Equal(text.Slice(at, literal.Length), literal))
            {
                return true;
            }
        }

        return false;
    }

    private bool Equal(ReadOnlySpan<char> text, string literal)
    {
        for (var j = 0; j < literal.Length; j++)
        {
            if (Fold(text[j]) != literal[j])
            {
                return false;
            }
        }

        return true;
    }

    // Only ASCII letters fold: the literals are ASCII, so no other character can equal one of theirs.
    private uint Fold(char c) => _ignoreCase && c is >= 'A' and <= 'Z' ? (uint)(c | 0x20) : c;

}
