namespace VoiceAnalytics.Core.Analysis.Text.Cues;

/// <summary>
/// The most frequent words of spoken English (function words, auxiliaries, fillers and everyday verbs and nouns, from
/// general word-frequency lists, not from our calls). A required literal found inside one of them, such as "that",
/// "can" or "thing" (inside "something"), occurs in most sentences, so a literal guard built on it rules out little.
/// </summary>
internal static class CommonWords
{
    private static readonly string[] Words =
    [
        "the", "be", "to", "of", "and", "a", "in", "that", "have", "it", "for", "not", "on", "with", "he", "as", "you",
        "do", "at", "this", "but", "his", "by", "from", "they", "we", "say", "her", "she", "or", "an", "will", "my",
        "one", "all", "would", "there", "their", "what", "so", "up", "out", "if", "about", "who", "get", "which", "go",
        "me", "when", "make", "can", "like", "time", "no", "just", "him", "know", "take", "people", "into", "year",
        "your", "good", "some", "could", "them", "see", "other", "than", "then", "now", "look", "only", "come", "its",
        "over", "think", "also", "back", "after", "use", "two", "how", "our", "work", "first", "well", "way", "even",
        "new", "want", "because", "any", "these", "give", "day", "most", "us", "is", "are", "was", "were", "been",
        "has", "had", "did", "does", "don't", "doesn't", "can't", "won't", "isn't", "i'm", "it's", "that's", "yeah",
        "okay", "right", "really", "thing", "things", "something", "anything", "everything", "need", "lot", "much",
        "more", "very", "going", "gonna", "got", "let", "sure", "mean", "kind", "actually", "maybe", "should", "still",
        "here", "where", "why", "those", "said", "many", "every", "each", "same", "too", "off", "down", "through",
        "before", "being", "again", "never", "always", "little", "bit", "pretty", "probably", "already", "though",
        "while", "might", "must", "own", "put", "tell", "trying", "talk", "feel", "help", "keep", "start",
        "call", "team", "part", "point", "week", "month", "today", "next", "last", "long", "great", "big", "old",
    ];

    /// <summary>
    /// A rough cost of scanning for <paramref name="literal"/>: how likely a sentence holds it. Each common word it
    /// occurs inside (compared without case) adds by the word's rank (the list is in frequency order, so "the" costs
    /// about twenty times "year"), and a literal inside none costs a little, less the longer it is.
    /// </summary>
    public static double HitCost(string literal)
    {
        var cost = literal.Length switch { <= 3 => 0.5, 4 => 0.3, _ => 0.2 };
        for (var rank = 0; rank < Words.Length; rank++)
        {
            if (Words[rank].Contains(literal, StringComparison.OrdinalIgnoreCase))
            {
                cost += 100.0 / (rank + 5);
            }
        }

        return cost;
    }
}
