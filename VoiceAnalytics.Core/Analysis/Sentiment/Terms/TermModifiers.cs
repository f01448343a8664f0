using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sentiment.Terms;

/// <summary>
/// Reads the words just before a term, inside its clause: intensifiers and downtoners that touch the term (directly or
/// through each other: "really super", "a bit too"), a negator up to four words back ("didn't really love"), "less"
/// ("less keen"), and a perfect "had"/"been"/"seen" before a comparative ("I've had better"), which means now is worse.
/// A "no" that answers the agent and is followed by a new clause ("no that's it thanks", "no I think we're good") is a
/// reply of its own, not a negator of what follows; the scan stops there. A complaint that is the object of a verb
/// that removes it ("solves our biggest headache", "fixes the mess") is turned the way a negator turns it, unless a
/// negator comes before the verb ("doesn't fix the problem").
/// </summary>
internal static class TermModifiers
{
    private const double NegationFlip = -0.5;
    private const double Intensify = 1.35;
    private const double TooForComplaints = 1.3;
    private const double Downtone = 0.5;
    private const int Reach = 4;

    private static readonly WordSet PerfectParticiples = WordSet.Of("had", "been", "seen");

    /// <summary>Verbs whose object is a problem taken away: "solves the headache", "gets rid of the hassle", "avoids the mess".</summary>
    private static readonly WordSet Removers = WordSet.Of(
        "solve", "solves", "solved", "solving", "fix", "fixes", "fixed", "fixing", "eliminate", "eliminates", "eliminated",
        "remove", "removes", "removed", "avoid", "avoids", "rid", "resolves", "resolved", "resolve");

    /// <summary>Words that open a new clause after a bare answer "no": a subject or thanks ("no that's all", "no we're good").</summary>
    private static readonly WordSet ClauseOpeners = WordSet.Of(
        "that's", "thats", "that", "this", "it's", "its", "it", "i", "i'm", "im", "i've", "ive", "i'll", "we",
        "we're", "we've", "we'll", "you", "you've", "you're", "thanks", "thank", "all", "everything");

    public static double Factor(string text, ReadOnlySpan<SpokenWord> words, int termIndex, int sentenceStart, double valence)
    {
        var factor = 1.0;
        var touching = true;
        // "no don't bother", "nah not interested": a term that carries its own negator is not turned again by the reply's "no".
        var selfNegated = IsNegator(text, words[termIndex]);
        var removed = false;
        for (var j = termIndex - 1; j >= sentenceStart && j >= termIndex - Reach && !words[j].EndsClause; j--)
        {
            var word = words[j];
            if (IsAnswerParticle(text, words, j, termIndex))
            {
                break;
            }

            if (!selfNegated && (IsNegator(text, word) || (touching && word.Is(text, "less"))))
            {
                // "less" turns a term the way "not" does: "way less painful than I expected", "less keen than I was".
                // "doesn't solve the problem": the negated removal leaves the complaint standing.
                return removed ? factor : factor * NegationFlip;
            }

            if (valence < 0 && !removed && Removers.Contains(text, word))
            {
                removed = true;
                touching = false;
                continue;
            }

            if (touching && j == termIndex - 1 && IsOutdoneComparative(text, words, termIndex, j))
            {
                // "I've had better weeks", "we've seen better": the better thing was before, so now is worse.
                return NegationFlip;
            }

            if (!touching)
            {
                continue;
            }

            if (SentimentLexicon.Intensifiers.Contains(text, word))
            {
                factor *= Intensify;
            }
            else if (word.Is(text, "too"))
            {
                factor *= valence < 0 ? TooForComplaints : 1;
            }
            else if (SentimentLexicon.Downtoners.Contains(text, word))
            {
                factor *= Downtone;
            }
            else if (IsTwoWordDowntoner(text, words, j, sentenceStart))
            {
                factor *= Downtone;
                j--;
            }
            else
            {
                touching = false;
            }
        }

        return removed ? factor * NegationFlip : factor;
    }

    /// <summary>
    /// A comparative right after a perfect "had", "been" or "seen" that compares with nothing named ("I've had better"),
    /// unlike "it's been better than I expected".
    /// </summary>
    private static bool IsOutdoneComparative(string text, ReadOnlySpan<SpokenWord> words, int termIndex, int j) =>
        SentimentLexicon.Comparatives.Contains(text, words[termIndex]) && PerfectParticiples.Contains(text, words[j])
        && (termIndex + 1 >= words.Length || !words[termIndex + 1].Is(text, "than"));

    /// <summary>A "no" right before a word that opens a new clause, short of the term itself ("no | that's it, thanks").</summary>
    private static bool IsAnswerParticle(string text, ReadOnlySpan<SpokenWord> words, int j, int termIndex) =>
        words[j].Is(text, "no") && j + 1 < termIndex && ClauseOpeners.Contains(text, words[j + 1]);

    public static bool IsNegator(string text, SpokenWord word) =>
        SentimentLexicon.Negators.Contains(text, word) || word.In(text).EndsWith("n't", StringComparison.OrdinalIgnoreCase);

    /// <summary>"kind of", "sort of" (at the "of"), "a bit", "a little", "a tad" (at the head word).</summary>
    private static bool IsTwoWordDowntoner(string text, ReadOnlySpan<SpokenWord> words, int j, int sentenceStart)
    {
        if (j - 1 < sentenceStart || words[j - 1].EndsClause)
        {
            return false;
        }

        var before = words[j - 1];
        return words[j].Is(text, "of")
            ? before.Is(text, "kind") || before.Is(text, "sort")
            : before.Is(text, "a") && SentimentLexicon.DowntonerHeads.Contains(text, words[j]);
    }
}
