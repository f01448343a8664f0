using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales;

/// <summary>How people counts combine into a team size: "8 advisors and 2 assistants" add up; "four people at each of our three stores" multiply.</summary>
internal static class TeamCountJoins
{
    /// <summary>The number of places a per-place count multiplies by, said in the same or the previous sentence.</summary>
    public static double? LocationCount(SizingTurn turn, SizingCount count)
    {
        foreach (var other in turn.Counts)
        {
            var near = turn.SentenceOf(other.First) is var s && (s == turn.SentenceOf(count.First) || s == turn.SentenceOf(count.First) - 1);
            if (near && !ReferenceEquals(other, count) && other.Noun.Head >= 0 && turn.Text.In(other.Noun.Head, SizingNouns.Locations))
            {
                return other.Value;
            }
        }

        return null;
    }

    /// <summary>"8 advisors and 2 assistants": people counts joined by "and" add up.</summary>
    public static bool Joined(SizingTurn turn, SizingCount previous, SizingCount count) =>
        previous.Noun.Class is SizingNounClass.Role or SizingNounClass.People
        && count.Noun.Class is SizingNounClass.Role or SizingNounClass.People
        && !count.IsSummary && !previous.IsConsumed && !count.IsConsumed
        && previous.Usage != SeatUsage.NotUsers && count.Usage != SeatUsage.NotUsers
        && previous.Period is null && count.Period is null
        && OnlyConnectors(turn.Text, previous.PhraseEnd, count.First);

    private static bool OnlyConnectors(TokenizedText text, int from, int to)
    {
        var sawAnd = false;
        for (var k = from; k < to; k++)
        {
            sawAnd |= text.Is(k, "and");
            if (!text.Is(k, "and") && !text.IsSymbol(k, ','))
            {
                return false;
            }
        }

        return sawAnd;
    }
}
