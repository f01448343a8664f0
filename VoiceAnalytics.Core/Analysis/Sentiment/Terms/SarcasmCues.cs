using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sentiment.Terms;

/// <summary>
/// Praise that means its opposite. Four shapes, read from the words around the term rather than from phrases:
/// an interjection before the praise and a repetition or a newly named thing after it ("oh great, another form",
/// "oh great, a chatbot"), praise that closes its sentence before a sentence that opens on a repetition ("Great.
/// Another login." but not "Great. Another question: ..."), "just" before praise that
/// closes its sentence ("just wonderful."), and a bare verdict ("great.", "cool. real value") dropped after the user's
/// own statement instead of after the agent's answer ("so you don't know. great.").
/// </summary>
internal static class SarcasmCues
{
    /// <summary>Praise words that users turn into sarcasm; warmer or longer praise ("love it", "really helpful") is rarely ironic.</summary>
    private static readonly WordSet Verdicts = WordSet.Of(
        "great", "wonderful", "perfect", "awesome", "fantastic", "terrific", "lovely", "cool", "nice", "brilliant", "excellent",
        "super", "marvelous", "fabulous", "amazing", "joy", "splendid", "thrilled", "delighted");

    private static readonly WordSet Interjections = WordSet.Of("oh", "ooh", "ah", "wow");

    private static readonly WordSet Repetitions = WordSet.Of("another", "more", "again", "yet");

    private static readonly WordSet Articles = WordSet.Of("a", "an");

    /// <summary>What a sincere "Great. Another ..." moves on to: the user's next point, not one more of the same nuisance.</summary>
    private static readonly WordSet NextPoints = WordSet.Of(
        "question", "questions", "thing", "things", "one", "point", "quick", "thought", "detail", "topic", "idea", "important",
        "importantly", "thanks", "thank", "please", "of", "or", "and", "than");

    /// <summary>How far into the next sentence to look for its question mark.</summary>
    private const int MaxNextWords = 12;

    /// <summary>Reactions that acknowledge the agent, after which a bare verdict is sincere ("okay. great.").</summary>
    private static readonly WordSet Acknowledgements = WordSet.Of(
        "okay", "ok", "oh", "ah", "yes", "yeah", "yep", "wow", "alright", "huh", "hm", "hmm", "right", "sure", "got", "it", "that",
        "please", "thanks", "thank", "you", "good", "fine", "sounds", "works", "done", "so", "and", "well");

    private const int MaxBareWords = 3;

    /// <summary>Words of a thing greeted by ironic praise without a comma: an article and a short name ("a robot", "an AI tool").</summary>
    private const int MaxGreetedWords = 3;

    /// <summary>True when the praise term at <paramref name="i"/> (of <paramref name="length"/> words) in sentence [from, to) is ironic.</summary>
    public static bool IsIronic(string text, ReadOnlySpan<SpokenWord> words, int i, int length, int from, int to)
    {
        if (!Verdicts.Contains(text, words[i]))
        {
            return false;
        }

        var last = i + length - 1;
        var interjected = i > 0 && Interjections.Contains(text, words[i - 1]) && (i - 1 == from || words[i - 2].EndsClause);
        if (interjected && last + 1 < words.Length && Repetitions.Contains(text, words[last + 1]))
        {
            return true;
        }

        if (interjected && last + 1 < to && Articles.Contains(text, words[last + 1]) && (words[last].EndsClause || to - last <= MaxGreetedWords + 1))
        {
            // "oh great, a chatbot", "oh great a robot.": the praise greets a thing just named, the way "oh great, another"
            // does; without a comma only a bare name that ends the sentence ("oh nice a shared inbox would help" is sincere).
            return true;
        }

        if (last == to - 1 && OpensWithRepetition(text, words, to))
        {
            // "Oh, it's going great. Another tool to learn.": the next sentence names what the praise greets.
            return true;
        }

        return i > from && words[i - 1].Is(text, "just") && last == to - 1;
    }

    /// <summary>The sentence at <paramref name="start"/> opens on "another"/"more"/"again"/"yet", is no question and does not move on to a next point.</summary>
    private static bool OpensWithRepetition(string text, ReadOnlySpan<SpokenWord> words, int start)
    {
        if (start + 1 >= words.Length || !Repetitions.Contains(text, words[start]) || words[start].EndsSentence)
        {
            return false;
        }

        if (NextPoints.Contains(text, words[start + 1]))
        {
            return false;
        }

        for (var k = start; k < words.Length && k < start + MaxNextWords; k++)
        {
            if (words[k].EndsSentence)
            {
                return words[k].After != SpokenBreak.Question;
            }
        }

        return words[^1].After != SpokenBreak.Question;
    }

    /// <summary>
    /// True when sentence [from, to) is a bare verdict ("great.", "cool. great value") that follows a statement of the
    /// user's own in the same turn, one that is not a question, carries no praise and is not a mere acknowledgement.
    /// </summary>
    public static bool IsBareVerdictAfterStatement(string text, ReadOnlySpan<SpokenWord> words, int from, int to, int previousFrom, bool previousPraised)
    {
        if (previousFrom < 0 || to - from > MaxBareWords || previousPraised || !Verdicts.Contains(text, words[from]) && !Verdicts.Contains(text, words[to - 1]))
        {
            return false;
        }

        if (words[from - 1].After == SpokenBreak.Question)
        {
            return false;
        }

        for (var k = previousFrom; k < from; k++)
        {
            if (!Acknowledgements.Contains(text, words[k]))
            {
                return true;
            }
        }

        return false;
    }
}
