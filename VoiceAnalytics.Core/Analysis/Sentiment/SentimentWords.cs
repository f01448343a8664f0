using VoiceAnalytics.Core.Analysis.Sentiment.Terms;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>
/// The user's words as <see cref="SentimentModel"/> reads them, in one pass over each scored turn's shared words
/// (<see cref="ScoredTurn.Words"/>, hashed while tokenizing, so every lookup is an integer lookup): each word (case
/// folded by <see cref="WordHash"/>, a small stop list dropped), the word marked <c>~word</c> when a negator (the
/// scorer's, <see cref="TermModifiers.IsNegator"/>) came at most three words before it in its clause ("not great",
/// "don't love"), each pair of adjacent words in a clause ("so much", "makes sense") unless both are stop words, and
/// <c>!</c> for a sentence said with an exclamation. The words and negated words of the last quarter of the turns are
/// also keyed <c>end:word</c>: how a call ends says much about its overall tone. A key is an int; <see cref="KeyOf"/>
/// turns a printed key back into it, so the weights file lists words as text.
/// </summary>
public static class SentimentWords
{
    public const string Exclamation = "!";
    public const string EndPrefix = "end:";

    private const int NegationReach = 3;
    private const int NegatedSalt = 0x2F6B_3A1D;
    private const int EndSalt = 0x61C8_8647;
    private const uint PairPrime = 0x9E37_79B1;

    private static readonly int ExclamationKey = WordHash.Of(Exclamation);

    // Function words only: "really", "okay", "well", "like" and "yeah" carry tone here, so they stay.
    private static readonly WordSet Stop = WordSet.Of(
        "a", "an", "the", "and", "or", "but", "so", "to", "of", "in", "on", "at", "for", "with", "by", "from", "as",
        "i", "i'm", "me", "my", "we", "we're", "us", "our", "you", "you're", "your", "it", "it's", "its", "this", "that",
        "that's", "these", "those", "they", "them", "their", "he", "she", "his", "her", "is", "are", "was", "were", "be",
        "been", "am", "do", "does", "did", "have", "has", "had", "will", "would", "um", "uh", "there", "here", "what",
        "which", "who", "if", "then");

    /// <summary>Adds the keys of every turn's words to <paramref name="keys"/>, repeats included.</summary>
    public static void Collect(IReadOnlyList<ScoredTurn> turns, List<int> keys) => Collect(turns, keys, null);

    /// <summary>As <see cref="Collect(IReadOnlyList{ScoredTurn}, List{int})"/>, also naming each key (for the trainer's vocabulary).</summary>
    public static void Collect(IReadOnlyList<ScoredTurn> turns, List<int> keys, Dictionary<int, string>? names)
    {
        ArgumentNullException.ThrowIfNull(turns);
        ArgumentNullException.ThrowIfNull(keys);
        var endFrom = turns.Count - ((turns.Count + 3) / 4);
        for (var t = 0; t < turns.Count; t++)
        {
            var (text, words) = (turns[t].Text, turns[t].Words);
            var atEnd = t >= endFrom;
            var previous = 0;
            var previousIsStop = true;
            var negatedFor = 0;
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                var hash = word.Hash;
                var isStop = Stop.Contains(text, word);
                if (previous != 0 && !(isStop && previousIsStop))
                {
                    Add(keys, names, Pair(previous, hash), text, words[i - 1], word, "");
                }

                if (TermModifiers.IsNegator(text, word))
                {
                    negatedFor = NegationReach;
                }
                else
                {
                    if (!isStop)
                    {
                        var negated = negatedFor > 0;
                        var key = negated ? Negated(hash) : hash;
                        Add(keys, names, key, text, default, word, negated ? "~" : "");
                        if (atEnd)
                        {
                            Add(keys, names, AtEnd(key), text, default, word, negated ? EndPrefix + "~" : EndPrefix);
                        }
                    }

                    negatedFor = Math.Max(0, negatedFor - 1);
                }

                if (word.After == SpokenBreak.Exclamation)
                {
                    Add(keys, names, ExclamationKey, text, default, default, Exclamation);
                }

                previous = word.EndsClause ? 0 : hash;
                previousIsStop = isStop;
                negatedFor = word.EndsClause ? 0 : negatedFor;
            }
        }
    }

    /// <summary>The key of a printed key: <c>word</c>, <c>~word</c> (negated), <c>first second</c> (a pair), <c>end:word</c>, <c>!</c>.</summary>
    public static int KeyOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.StartsWith(EndPrefix, StringComparison.Ordinal) && name.Length > EndPrefix.Length)
        {
            return AtEnd(KeyOf(name[EndPrefix.Length..]));
        }

        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0)
        {
            return Pair(WordHash.Of(name.AsSpan(0, space)), WordHash.Of(name.AsSpan(space + 1)));
        }

        return name.StartsWith('~') && name.Length > 1 ? Negated(WordHash.Of(name.AsSpan(1))) : WordHash.Of(name);
    }

    /// <summary>The key of two adjacent words (shared with the objection words, so both print and key pairs alike).</summary>
    internal static int Pair(int first, int second) => (int)(((uint)first * PairPrime) ^ (uint)second ^ 0x5A5A_5A5Au);

    /// <summary>The key of a word said under a negation.</summary>
    internal static int Negated(int hash) => hash ^ NegatedSalt;

    private static int AtEnd(int key) => key ^ EndSalt;

    // A key is named only for the trainer: "first second" for a pair, else the prefix and the word (if any).
    private static void Add(List<int> keys, Dictionary<int, string>? names, int key, string text, SpokenWord first, SpokenWord word, string prefix)
    {
        keys.Add(key);
        if (names is not null && !names.ContainsKey(key))
        {
            names[key] = first.Length > 0 ? $"{Name(text, first)} {Name(text, word)}" : word.Length > 0 ? prefix + Name(text, word) : prefix;
        }
    }

    private static string Name(string text, SpokenWord word) => word.In(text).ToString().ToLowerInvariant().Replace('\u2019', '\'');
}
