using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Headcount;

/// <summary>
/// A count the speaker narrows right after saying it: "inside sales is fourteen people but only the nine quoting reps",
/// "we are twelve in the office but not everybody sends them". The count is the whole group, not the people who would
/// use the product, so it is no team size (the narrower part, when counted, is).
/// </summary>
internal static class NarrowedWholes
{
    private const int Window = 8;

    private static readonly WordSet Buts = new("but", "though", "although");
    private static readonly WordSet Only = new("only", "just");
    private static readonly WordSet Not = new("not");

    public static bool IsNarrowed(SizingTurn turn, SizingCount count)
    {
        if (count.Usage != SeatUsage.None)
        {
            return false;
        }

        var text = turn.Text;
        var sentence = turn.SentenceOf(count.First);
        for (var k = count.PhraseEnd; k < Math.Min(text.Count, count.PhraseEnd + Window) && turn.SentenceOf(k) == sentence; k++)
        {
            if (!text.In(k, Buts))
            {
                continue;
            }

            return text.In(k + 1, Only)
                || (text.In(k + 1, Not) && text.In(k + 2, SizingCues.Wholes)); // "but only", "but not everybody"
        }

        return false;
    }
}
