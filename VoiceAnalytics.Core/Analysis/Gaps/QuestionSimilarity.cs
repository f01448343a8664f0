using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Gaps;

/// <summary>
/// Token-overlap similarity of two questions: Jaccard over their content words (lower-cased, stop words and
/// quantifiers dropped, a plural 's' stripped), so "send one lease to all my tenants" matches "send the same lease
/// to many tenants".
/// </summary>
internal static class QuestionSimilarity
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "you", "your", "can", "does", "did", "are", "was", "there", "way", "how", "what", "when",
        "where", "which", "who", "why", "that", "this", "with", "from", "into", "have", "has", "had", "will", "would",
        "could", "should", "about", "like", "just", "any", "some", "all", "many", "much", "more", "same", "one", "once",
        "our", "their", "them", "they", "its", "get", "got", "use", "also", "really", "actually", "okay", "then", "than",
        "pandadoc", "able", "want", "need", "let", "make", "sure", "still", "again", "kind", "sort", "thing", "things",
        "well", "here", "now", "right", "bunch", "lot", "lots", "every", "each", "other", "yeah", "but", "not", "don",
        "doesn", "isn", "possible", "sorry", "another", "there's", "it's", "what's", "i'm", "we're", "something", "anything", "time",
    };

    public static HashSet<string> ContentWords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && SpeechTokenizer.IsWordChar(text[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                Add(words, text.AsSpan(start, i - start));
                start = -1;
            }
        }

        return words;
    }

    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = 0;
        foreach (var word in a)
        {
            if (b.Contains(word))
            {
                shared++;
            }
        }

        return (double)shared / (a.Count + b.Count - shared);
    }

    private static void Add(HashSet<string> words, ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return;
        }

        var lower = word.ToString().ToLowerInvariant();
        if (StopWords.Contains(lower))
        {
            return;
        }

        words.Add(lower.Length > 3 && lower[^1] == 's' && lower[^2] != 's' ? lower[..^1] : lower);
    }
}
