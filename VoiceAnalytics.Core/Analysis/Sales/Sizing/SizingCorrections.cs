using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing;

/// <summary>
/// Corrections across a pause: "six brokers would use it. no wait, five." (or a settled estimate: "twenty something,
/// let's say twenty five"). The bare number after the correction cue replaces the earlier count's value (the earlier count keeps its noun and context).
/// </summary>
internal static class SizingCorrections
{
    private const int CueWindow = 6;

    private static readonly WordSet Cues = new("no", "sorry", "actually", "mean", "wait", "correction", "rather", "oops");
    private static readonly WordSet Comparatives = new("more", "closer", "less", "nearer");

    /// <summary>Spoken fillers a correction may carry ("eight eh no nine").</summary>
    private static readonly WordSet Fillers = new("eh", "er", "erm", "ah", "oh");

    public static void Apply(SizingTurn turn, List<SizingCount> counts)
    {
        for (var i = 1; i < counts.Count; i++)
        {
            var correction = counts[i];
            var earlier = counts[i - 1];
            if (correction.Noun.Class != SizingNounClass.Bare || correction.Period is not null || correction.IsConsumed
                || !CueBefore(turn.Text, correction.First, Math.Max(earlier.PhraseEnd, earlier.Period?.End ?? 0)) // "ten a week, no, twelve"
                || correction.Value < earlier.Value / 3 || correction.Value > earlier.Value * 3
                || turn.SentenceOf(correction.First) - turn.SentenceOf(earlier.First) > 1)
            {
                continue;
            }

            counts[i - 1] = earlier.Corrected(correction.Number);
            correction.IsConsumed = true;
        }
    }

    /// <summary>"twenty something people, let's say twenty five": the speaker settles a vaguer figure.</summary>
    private static bool IsLetsSay(TokenizedText text, int k) => (text.Is(k, "let's") || text.Is(k, "lets")) && text.Is(k + 1, "say");

    private static bool CueBefore(TokenizedText text, int first, int earlierEnd)
    {
        var cue = false;
        for (var k = first - 1; k >= Math.Max(earlierEnd, first - CueWindow); k--)
        {
            if (text.IsSentenceEnd(k))
            {
                break; // "... would use it. sorry, nine."
            }

            if (text.In(k, Cues) || IsLetsSay(text, k))
            {
                cue = true;
            }
            else if (!text.IsSymbol(k, ',') && !text.Is(k, "i") && !text.Is(k, "it's") && !text.Is(k, "make") && !text.Is(k, "that")
                && !text.In(k, SizingCues.Hedges) && !text.In(k, Comparatives) && !text.In(k, Fillers)) // "no, more like twelve", "sorry, closer to nine"
            {
                return false;
            }
        }

        return cue;
    }
}
