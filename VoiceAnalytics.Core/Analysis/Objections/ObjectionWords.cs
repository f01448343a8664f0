using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>
/// The words of a call as <see cref="ObjectionModel"/> reads them, in one pass over each user turn's shared split-grain
/// words (<see cref="TurnText.SplitWords"/>, hashed while tokenizing, so every lookup here is an integer lookup):
/// each word (case folded by <see cref="WordHash"/>, any number as <c>#</c>, a small stop list dropped), the word marked
/// <c>~word</c> when a negation came at most three words before it in its clause ("not sure", "don't have"), and each
/// pair of adjacent words in a clause ("too expensive", "security review") unless both are stop words. A key is an int;
/// <see cref="KeyOf"/> turns the printed form of a key back into it, so the weights file can list words as text.
/// </summary>
internal static class ObjectionWords
{
    public const string Number = "#";

    private const int NegationReach = 3;
    private const int NegatedSalt = 0x2F6B_3A1D;
    private const uint PairPrime = 0x9E37_79B1;

    private static readonly int NumberHash = WordHash.Of(Number);

    // One lookup per word: false for a stop word, true for a negation.
    private static readonly Dictionary<int, bool> FunctionWords = Kinds(
        Hashes(
        "a", "an", "the", "and", "or", "but", "so", "to", "of", "in", "on", "at", "for", "with", "by", "from", "as",
        "i", "i'm", "me", "my", "we", "we're", "us", "our", "you", "you're", "your", "it", "it's", "its", "this", "that",
        "that's", "these", "those", "they", "them", "their", "he", "she", "his", "her", "is", "are", "was", "were", "be",
        "been", "am", "do", "does", "did", "have", "has", "had", "will", "would", "um", "uh", "like", "yeah", "okay",
        "ok", "oh", "well", "just", "really", "know", "mean", "there", "here", "what", "which", "who", "if", "then"),
        Hashes(
        "not", "no", "never", "don't", "doesn't", "didn't", "can't", "cannot", "won't", "isn't", "aren't", "wasn't",
        "weren't", "haven't", "hasn't", "wouldn't", "couldn't", "shouldn't", "dont", "doesnt", "cant", "wont", "without", "nor"));

    /// <summary>Adds the keys of every user turn's words to <paramref name="keys"/>, repeats included, each with where it was said.</summary>
    public static void Collect(Conversation conversation, List<WordKey> keys) => Collect(conversation, keys, null);

    /// <summary>As <see cref="Collect(Conversation, List{WordKey})"/>, also naming each key (for the trainer's vocabulary).</summary>
    public static void Collect(Conversation conversation, List<WordKey> keys, Dictionary<int, string>? names)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var turn in conversation.UserTurns)
        {
            var text = conversation.TextOf(turn);
            var words = text.SplitWords;
            var previous = 0;
            var previousIsStop = true;
            var negatedFor = 0;
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                var hash = char.IsAsciiDigit(text.Original[word.Start]) ? NumberHash : word.Hash;
                var known = FunctionWords.TryGetValue(hash, out var isNegation);
                var isStop = known && !isNegation;
                if (previous != 0 && !(isStop && previousIsStop))
                {
                    Add(keys, names, Pair(previous, hash), turn, text.Original, words[i - 1], word);
                }

                if (isNegation)
                {
                    negatedFor = NegationReach;
                }
                else
                {
                    if (!isStop)
                    {
                        Add(keys, names, hash, turn, text.Original, word, default);
                        if (negatedFor > 0)
                        {
                            Add(keys, names, Negated(hash), turn, text.Original, default, word);
                        }
                    }

                    negatedFor = Math.Max(0, negatedFor - 1);
                }

                previous = word.EndsClause ? 0 : hash;
                previousIsStop = isStop;
                negatedFor = word.EndsClause ? 0 : negatedFor;
            }
        }
    }

    /// <summary>The key of a printed key: <c>word</c>, <c>~word</c> (negated), <c>first second</c> (a pair), <c>#</c> (a number).</summary>
    public static int KeyOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0)
        {
            return Pair(WordHash.Of(name.AsSpan(0, space)), WordHash.Of(name.AsSpan(space + 1)));
        }

        return name.StartsWith('~') && name.Length > 1 ? Negated(WordHash.Of(name.AsSpan(1))) : WordHash.Of(name);
    }

    private static int Pair(int first, int second) => (int)(((uint)first * PairPrime) ^ (uint)second ^ 0x5A5A_5A5Au);

    private static int Negated(int hash) => hash ^ NegatedSalt;

    private static void Add(List<WordKey> keys, Dictionary<int, string>? names, int key, Turn turn, string text, SpokenWord first, SpokenWord second)
    {
        keys.Add(new WordKey(key, turn, first.Length > 0 ? first.Start : second.Start));
        if (names is not null && !names.ContainsKey(key))
        {
            names[key] = (first.Length, second.Length) switch
            {
                (> 0, > 0) => $"{Name(text, first)} {Name(text, second)}",
                (> 0, _) => Name(text, first),
                _ => "~" + Name(text, second),
            };
        }
    }

    private static string Name(string text, SpokenWord word) =>
        char.IsAsciiDigit(text[word.Start]) ? Number : word.In(text).ToString().ToLowerInvariant().Replace('\u2019', '\'');

    private static int[] Hashes(params string[] words) => [.. words.Select(w => WordHash.Of(w))];

    private static Dictionary<int, bool> Kinds(int[] stop, int[] negations)
    {
        var kinds = stop.ToDictionary(h => h, _ => false);
        foreach (var h in negations)
        {
            kinds[h] = true;
        }

        return kinds;
    }
}

/// <summary>One key of <see cref="ObjectionWords"/> and the offset in <paramref name="Turn"/>'s text where its first word starts.</summary>
internal readonly record struct WordKey(int Key, Turn Turn, int Start);
