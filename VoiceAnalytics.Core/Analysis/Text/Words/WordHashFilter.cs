namespace VoiceAnalytics.Core.Analysis.Text.Words;

/// <summary>
/// A 4,096-bit table of <see cref="WordHash"/> values a set holds: a word whose bit is clear is not in the set, for
/// one shift and mask where a dictionary lookup hashes and probes. Most words of a turn are in none of the analyzers'
/// sets, and the phrase matchers' first-word dictionaries took 2-3 % of an analyzer pass (perf, issue 8, session 20).
/// </summary>
public sealed class WordHashFilter
{
    private const int Bits = 12;
    private readonly ulong[] _table = new ulong[(1 << Bits) / 64];

    public void Add(int hash)
    {
        var bit = Bit(hash);
        _table[bit >> 6] |= 1UL << bit;
    }

    /// <summary>False only when no word with this hash was added.</summary>
    public bool MayContain(int hash)
    {
        var bit = Bit(hash);
        return (_table[bit >> 6] & (1UL << bit)) != 0;
    }

    // Fibonacci hashing spreads the word hash's high bits over the table's index.
    private static int Bit(int hash) => (int)((uint)hash * 2654435769u >> (32 - Bits));
}
