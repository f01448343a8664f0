using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sentiment.Terms;

/// <summary>
/// Questions that challenge rather than ask: a "why" with a modal about the speaker's own choice ("why would we switch",
/// "why should I pay more"), or a question word followed by an exasperated "even" ("what does that even cost", "how is
/// it even legal"). Their answer is not wanted; they say the user doubts the product, so they count as a complaint and
/// keep the full weight of any complaint in them (a genuine question softens its terms).
/// </summary>
internal static class ChallengeQuestions
{
    private static readonly WordSet Openers = WordSet.Of("so", "and", "then", "but", "ok", "okay", "well", "like", "i", "mean", "seriously", "honestly");
    private static readonly WordSet QuestionWords = WordSet.Of("what", "what's", "why", "how", "who", "where", "which", "whats");
    private static readonly WordSet Modals = WordSet.Of("would", "should", "do", "does", "did", "must");
    private static readonly WordSet Selves = WordSet.Of("i", "we", "anyone", "anybody", "somebody", "someone", "people");

    /// <summary>True when the sentence in words [<paramref name="from"/>, <paramref name="to"/>) ends in "?" and challenges.</summary>
    public static bool Is(string text, ReadOnlySpan<SpokenWord> words, int from, int to)
    {
        if (to <= from || words[to - 1].After != SpokenBreak.Question)
        {
            return false;
        }

        var start = from;
        while (start < to - 1 && Openers.Contains(text, words[start]) && !QuestionWords.Contains(text, words[start]))
        {
            start++;
        }

        if (!QuestionWords.Contains(text, words[start]))
        {
            return false;
        }

        // "why would I / why should we / why do I ..." about the user's own choice.
        if (words[start].Is(text, "why") && start + 2 < to && Modals.Contains(text, words[start + 1]) && Selves.Contains(text, words[start + 2]))
        {
            return true;
        }

        // "what does that even ...", "how is this even ...": "even" within the question's first few words.
        for (var i = start + 1; i < Math.Min(to, start + 5); i++)
        {
            if (words[i].Is(text, "even"))
            {
                return true;
            }
        }

        return false;
    }
}
