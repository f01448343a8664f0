using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>
/// The content words of a stretch of text as case-insensitive hashes, to compare two utterances cheaply (a repeated
/// question, an agent reply that reuses the user's words). Function words and short words are left out.
/// </summary>
public static class ContentWords
{
    private static readonly WordSet Function = WordSet.Of(
        "the", "and", "but", "for", "with", "that", "this", "there", "they", "them", "their", "you", "your", "our", "ours",
        "are", "was", "were", "is", "be", "been", "have", "has", "had", "does", "did", "do", "can", "could", "will", "would",
        "should", "what", "how", "why", "when", "where", "which", "who", "its", "it's", "from", "into", "about", "just", "like",
        "some", "any", "all", "also", "then", "than", "okay", "yeah", "yes", "not", "don't", "doesn't", "i'm", "we're", "you're",
        "that's", "there's", "get", "got", "way", "thing", "things", "really", "so", "one", "out", "too", "very", "well",
        "me", "my", "we", "us", "he", "she", "him", "her", "to", "of", "in", "on", "at", "or", "if", "a", "an", "it", "i");

    public static HashSet<int> Of(string text, IReadOnlyList<SpokenWord> words, int from = 0, int to = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(words);
        var set = new HashSet<int>();
        for (var i = Math.Max(0, from); i < Math.Min(to, words.Count); i++)
        {
            if (IsContent(text, words[i]))
            {
                set.Add(words[i].Hash);
            }
        }

        return set;
    }

    /// <summary>Shared words over the smaller set's size: 1 when one utterance's content words all recur in the other.</summary>
    public static double Overlap(HashSet<int> a, HashSet<int> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var hash in small)
        {
            shared += large.Contains(hash) ? 1 : 0;
        }

        return (double)shared / small.Count;
    }

    /// <summary>
    /// Whether at least <paramref name="count"/> distinct content words of the text recur in <paramref name="other"/>:
    /// <c>Shared(Of(text, words), other) &gt;= count</c> without building the text's set, stopping once enough are found.
    /// </summary>
    public static bool SharesAtLeast(string text, IReadOnlyList<SpokenWord> words, HashSet<int> other, int count)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 16); // the found words sit on the stack
        if (count <= 0)
        {
            return true;
        }

        Span<int> found = stackalloc int[count];
        var shared = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!other.Contains(word.Hash) || found[..shared].Contains(word.Hash) || !IsContent(text, word))
            {
                continue;
            }

            found[shared++] = word.Hash;
            if (shared == count)
            {
                return true;
            }
        }

        return false;
    }

    // Short words and function words carry no content.
    private static bool IsContent(string text, SpokenWord word) => word.Length >= 3 && !Function.Contains(text, word);

    public static int Shared(HashSet<int> a, HashSet<int> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var shared = 0;
        foreach (var hash in a)
        {
            shared += b.Contains(hash) ? 1 : 0;
        }

        return shared;
    }
}
