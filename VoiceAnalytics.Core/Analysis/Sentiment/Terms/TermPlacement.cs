using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sentiment.Terms;

/// <summary>Where a term sits decides whether it counts: after its lead word, outside a name, at the opening of a reply.</summary>
internal static class TermPlacement
{
    /// <summary>What a parting wish wishes well: "one" or a span of time.</summary>
    private static readonly WordSet WishedSpans = WordSet.Of(
        "one", "day", "night", "evening", "morning", "afternoon", "weekend", "week", "holiday", "holidays", "break", "trip",
        "time", "rest", "summer", "christmas", "thanksgiving", "vacation", "season");

    private static readonly WordSet OpenerWords = WordSet.Of("oh", "ah", "okay", "ok", "yeah", "yes", "wow", "um", "uh", "well", "so", "alright");

    /// <summary>What may stand before a slang approval that opens a reply: "oh", "ah that's", "it's".</summary>
    private static readonly WordSet ReactionLeads = WordSet.Of(
        "oh", "ah", "ooh", "aw", "wow", "okay", "ok", "yeah", "yes", "well", "that's", "thats", "it's", "its", "so", "right", "very");

    private const int MaxReactionLeads = 2;

    public static bool HasLead(string text, ReadOnlySpan<SpokenWord> words, int i, int from, SentimentTerm term) =>
        term.OpensReply ? OpensSentence(text, words, i, from)
            : term.Leads is null || (i > from && !words[i - 1].EndsClause && term.Leads.Contains(text, words[i - 1]));

    /// <summary>The term opens its sentence, after at most two reaction words ("class.", "oh deadly", "ah that's class").</summary>
    private static bool OpensSentence(string text, ReadOnlySpan<SpokenWord> words, int i, int from)
    {
        if (i - from > MaxReactionLeads)
        {
            return false;
        }

        for (var j = from; j < i; j++)
        {
            if (!ReactionLeads.Contains(text, words[j]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A capitalized word inside a sentence is part of a name ("Better Proposals"), not an opinion.</summary>
    public static bool IsNamePart(string text, SpokenWord word, bool sentenceStart) =>
        !sentenceStart && char.IsUpper(text[word.Start]) && !IsFirstPerson(word.In(text));

    /// <summary>"I", "I'm", "I'd": capitalized, yet the speaker.</summary>
    private static bool IsFirstPerson(ReadOnlySpan<char> word) => word is "I" || word.StartsWith("I'", StringComparison.Ordinal);

    /// <summary>
    /// Praise inside a parting wish ("have a good one", "have a great weekend", "have a really nice day") is a
    /// formula of the goodbye, not a verdict on the call.
    /// </summary>
    public static bool IsWish(string text, ReadOnlySpan<SpokenWord> words, int i, int from)
    {
        var j = i - 1;
        if (j > from && SentimentLexicon.Intensifiers.Contains(text, words[j]))
        {
            j--;
        }

        return j > from && words[j].Is(text, "a") && words[j - 1].Is(text, "have") && !words[j - 1].EndsClause
            && i + 1 < words.Length && WishedSpans.Contains(text, words[i + 1]);
    }

    /// <summary>
    /// "actually" up to three words before the term inside its clause ("that's actually useful", "I'm actually kind of
    /// excited"): the speaker did not expect to say so.
    /// </summary>
    public static bool FollowsActually(string text, ReadOnlySpan<SpokenWord> words, int i, int from)
    {
        for (var j = i - 1; j >= from && j >= i - 3 && !words[j].EndsClause; j--)
        {
            if (words[j].Is(text, "actually"))
            {
                return true;
            }
        }

        return false;
    }

    public static int FirstContentWord(string text, ReadOnlySpan<SpokenWord> words)
    {
        for (var i = 0; i < words.Length && i < 3; i++)
        {
            if (!OpenerWords.Contains(text, words[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
