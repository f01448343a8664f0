using System.Collections.Frozen;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>
/// The content words of the user's turns as <see cref="ObjectionModel"/> reads them, in one pass over each turn's shared
/// split-grain words (<see cref="TurnText.SplitWords"/>, hashed while tokenizing, so each word costs one integer lookup):
/// each content word, the word marked <c>~word</c> when a negation came at most three words before it in its clause
/// ("not secure", "don't have the budget"), and each pair of content words that follow each other in a clause with only
/// function words or fillers between them ("too expensive", "locked into a contract" as <c>locked contract</c>).
/// Fillers, hedges and disfluencies ("um", "hmm", "like", "yeah", "okay", "kind of", "honestly"), greetings and thanks,
/// function words, numbers and number words give no key: they say how a writer talks, not what the user objects to. Fillers are skipped outright
/// (they neither use up a negation's reach nor part a pair). Keys are <see cref="SentimentWords"/>' (same hashes, same
/// printed form), so <see cref="KeyOf"/> is its <see cref="SentimentWords.KeyOf"/>.
/// </summary>
internal static class ObjectionWords
{
    private const int NegationReach = 3;

    private enum Kind : byte
    {
        Content = 0,
        Filler,
        Function,
        Negation,
    }

    // One lookup per word; a word not listed is a content word.
    private static readonly FrozenDictionary<int, Kind> Kinds = KindsOf(
        fillers:
        [
            "um", "umm", "uh", "uhh", "uhm", "er", "erm", "ah", "ahh", "eh", "hmm", "hmmm", "hm", "mm", "mmm", "mhm", "huh",
            "like", "yeah", "yea", "yep", "yup", "yes", "okay", "ok", "oh", "well", "alright", "right", "so", "just", "really",
            "actually", "basically", "literally", "honestly", "kinda", "sorta", "anyway", "anyways", "hi", "hello", "hey",
            "bye", "goodbye", "thanks", "thank", "please", "sorry", "cool", "great", "perfect", "awesome", "nice", "wow",
            "honest", "kind", "sort", "guess", "probably", "maybe", "pretty", "stuff", "thing", "things", "guys", "lot", "bit",
        ],
        functions:
        [
            "a", "an", "the", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by", "from", "as", "into",
            "about", "than", "then", "if", "because", "i", "i'm", "i'd", "i'll", "i've", "me", "my", "we", "we're", "we'd",
            "we'll", "we've", "us", "our", "you", "you're", "you'd", "you'll", "your", "it", "it's", "its", "this", "that",
            "that's", "these", "those", "they", "they're", "them", "their", "he", "she", "him", "his", "her", "there",
            "there's", "here", "what", "what's", "which", "who", "when", "where", "how", "why", "is", "are", "was", "were",
            "be", "been", "am", "do", "does", "did", "have", "has", "had", "will", "would", "can", "could", "should", "may",
            "might", "must", "shall", "know", "mean", "get", "got", "go", "goes", "going", "gonna", "some", "any", "all",
            "also", "up", "out", "even", "else", "other", "something", "anything", "nothing", "everything", "gotta", "wanna",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "thousand", "million", "half",
        ],
        // The negations the shipped weights were trained with. The sentiment folder's TermModifiers.IsNegator reads
        // differently (any "n't" word, no apostrophe-less "dont"); moving to it means retraining the weights.
        negations:
        [
            "not", "no", "never", "don't", "doesn't", "didn't", "can't", "cannot", "won't", "isn't", "aren't", "wasn't",
            "weren't", "haven't", "hasn't", "wouldn't", "couldn't", "shouldn't", "dont", "doesnt", "cant", "wont", "without", "nor",
        ]);

    /// <summary>Receives each key as it is read: the word (or second word of a pair) and, for a pair, the first word.</summary>
    public interface ISink
    {
        void Add(int key, Turn turn, string text, SpokenWord first, SpokenWord word, bool negated);
    }

    /// <summary>Passes every key of the user's turns to <paramref name="sink"/>, repeats included.</summary>
    public static void Read<TSink>(Conversation conversation, ref TSink sink)
        where TSink : struct, ISink
    {
        ArgumentNullException.ThrowIfNull(conversation);
        foreach (var turn in conversation.UserTurns)
        {
            var text = conversation.TextOf(turn);
            var original = text.Original;
            var words = text.SplitWords;
            var previous = default(SpokenWord);
            var negatedFor = 0;
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                var kind = KindOf(original, word);
                if (kind == Kind.Negation)
                {
                    negatedFor = NegationReach;
                }
                else if (kind != Kind.Filler)
                {
                    if (kind == Kind.Content)
                    {
                        sink.Add(word.Hash, turn, original, default, word, false);
                        if (negatedFor > 0)
                        {
                            sink.Add(SentimentWords.Negated(word.Hash), turn, original, default, word, true);
                        }

                        if (previous.Length > 0)
                        {
                            sink.Add(SentimentWords.Pair(previous.Hash, word.Hash), turn, original, previous, word, false);
                        }

                        previous = word;
                    }

                    negatedFor = Math.Max(0, negatedFor - 1);
                }

                if (word.EndsClause)
                {
                    previous = default;
                    negatedFor = 0;
                }
            }
        }
    }

    /// <summary>Every key of the user's turns, repeats included, and (for the trainer) each key's printed form.</summary>
    public static List<int> Collect(Conversation conversation, Dictionary<int, string>? names = null)
    {
        var sink = new CollectingSink(new List<int>(128), names);
        Read(conversation, ref sink);
        return sink.Keys;
    }

    /// <summary>The key of a printed key: <c>word</c>, <c>~word</c> (negated), <c>first second</c> (a pair).</summary>
    public static int KeyOf(string name) => SentimentWords.KeyOf(name);

    /// <summary>Whether a word gives keys of its own (not a filler, function word, number or negation).</summary>
    public static bool IsContent(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var words = SpeechTokenizer.Words(word, WordGrain.Split);
        return words.Count == 1 && KindOf(word, words[0]) == Kind.Content;
    }

    private static Kind KindOf(string text, SpokenWord word)
    {
        if (Kinds.TryGetValue(word.Hash, out var kind))
        {
            return kind;
        }

        // numbers and lone letters ("e", "s") say nothing about an objection
        return word.Length < 2 || char.IsAsciiDigit(text[word.Start]) ? Kind.Function : Kind.Content;
    }

    private static FrozenDictionary<int, Kind> KindsOf(string[] fillers, string[] functions, string[] negations)
    {
        var kinds = new Dictionary<int, Kind>();
        foreach (var (words, kind) in new[] { (fillers, Kind.Filler), (functions, Kind.Function), (negations, Kind.Negation) })
        {
            foreach (var word in words)
            {
                kinds[WordHash.Of(word)] = kind;
            }
        }

        return kinds.ToFrozenDictionary();
    }

    private readonly struct CollectingSink(List<int> keys, Dictionary<int, string>? names) : ISink
    {
        public List<int> Keys => keys;

        public void Add(int key, Turn turn, string text, SpokenWord first, SpokenWord word, bool negated)
        {
            keys.Add(key);
            if (names is not null && !names.ContainsKey(key))
            {
                names[key] = first.Length > 0 ? $"{Name(text, first)} {Name(text, word)}" : (negated ? "~" : "") + Name(text, word);
            }
        }

        private static string Name(string text, SpokenWord word) => word.In(text).ToString().ToLowerInvariant().Replace('\u2019', '\'');
    }
}
