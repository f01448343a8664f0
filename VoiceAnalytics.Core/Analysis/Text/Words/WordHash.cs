namespace VoiceAnalytics.Core.Analysis.Text.Words;

/// <summary>A case-insensitive FNV-1a hash of a word, the key of every vocabulary lookup (equal words ignoring case hash alike).</summary>
public static class WordHash
{
    private const uint Seed = 2166136261;
    private const uint Prime = 16777619;

    public static int Of(ReadOnlySpan<char> word)
    {
        var hash = Seed;
        foreach (var c in word)
        {
            hash = Add(hash, c);
        }

        return (int)hash;
    }

    internal static uint Start => Seed;

    internal static uint Add(uint hash, char c)
    {
        var lower = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c < 128 ? c : char.ToLowerInvariant(c);
        return (hash ^ lower) * Prime;
    }
}
