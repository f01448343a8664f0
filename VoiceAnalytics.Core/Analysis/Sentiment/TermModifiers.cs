using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>
/// Reads the words just before a term, inside its clause: intensifiers and downtoners that touch the term (directly or
/// through each other: "really super", "a bit too"), and a negator up to four words back ("didn't really love").
/// </summary>
internal static class TermModifiers
{
    private const double NegationFlip = -0.5;
    private const double Intensify = 1.35;
    private const double TooForComplaints = 1.3;
    private const double Downtone = 0.5;
    private const int Reach = 4;

    public static double Factor(string text, IReadOnlyList<SpokenWord> words, int termIndex, int sentenceStart, double valence)
    {
        var factor = 1.0;
        var touching = true;
        for (var j = termIndex - 1; j >= sentenceStart && j >= termIndex - Reach && !words[j].EndsClause; j--)
        {
            var word = words[j];
            if (IsNegator(text, word) || (touching && valence < 0 && word.Is(text, "less")))
            {
                // "less" lowers a complaint the way "not" turns it: "way less painful than I expected".
                return factor * NegationFlip;
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

        return factor;
    }

    private static bool IsNegator(string text, SpokenWord word) =>
        SentimentLexicon.Negators.Contains(text, word) || word.In(text).EndsWith("n't", StringComparison.OrdinalIgnoreCase);

    /// <summary>"kind of", "sort of" (at the "of"), "a bit", "a little", "a tad" (at the head word).</summary>
    private static bool IsTwoWordDowntoner(string text, IReadOnlyList<SpokenWord> words, int j, int sentenceStart)
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
