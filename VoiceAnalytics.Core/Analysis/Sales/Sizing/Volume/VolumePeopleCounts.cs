using VoiceAnalytics.Core.Analysis.Sales.Sizing.Headcount;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Volume;

/// <summary>
/// Whether a bare count with no period of its own counts people, not paperwork: the sum of people counted just before
/// it ("nine lawyers and two secretaries, so eleven") or a number a people noun names ("the advisors are twelve",
/// "their assistants four"). A question that asks for both senders and volume lends such a count its period.
/// </summary>
internal static class VolumePeopleCounts
{
    private static readonly WordSet Copulas = new("are", "is", "were", "'re");

    /// <summary>How many counts back a summary may reach for the people it sums.</summary>
    private const int SummaryReach = 3;

    /// <summary>Words a place may take between a people count and the "and" that joins the next ("here", "in the office").</summary>
    private const int JoinGap = 4;

    public static bool CountsPeople(SizingTurn turn, int index)
    {
        var count = turn.Counts[index];
        if (count.Noun.Class != SizingNounClass.Bare || count.Period is not null)
        {
            return false;
        }

        return NamedByPeopleNoun(turn.Text, count.First) || (count.IsSummary && SumsPeople(turn, index)) || JoinedToPeople(turn, index);
    }

    /// <summary>"seven people here and two in the other office": a bare count joined to a count of people.</summary>
    private static bool JoinedToPeople(SizingTurn turn, int index)
    {
        if (index == 0)
        {
            return false;
        }

        var (earlier, count) = (turn.Counts[index - 1], turn.Counts[index]);
        if (turn.SentenceOf(earlier.First) != turn.SentenceOf(count.First) || !IsPeopleCount(turn.Text, earlier))
        {
            return false;
        }

        var and = count.First - 1;
        return turn.Text.Is(and, "and") && and - earlier.PhraseEnd <= JoinGap;
    }

    /// <summary>"advisors are twelve", "and their assistants four": a people noun right before the number.</summary>
    private static bool NamedByPeopleNoun(TokenizedText text, int first)
    {
        var k = HeadcountCues.SkipHedges(text, first - 1);
        if (text.In(k, Copulas))
        {
            k--;
        }

        return IsPeopleWord(text, k);
    }

    private static bool SumsPeople(SizingTurn turn, int index)
    {
        var sentence = turn.SentenceOf(turn.Counts[index].First);
        for (var i = index - 1; i >= Math.Max(0, index - SummaryReach); i--)
        {
            var earlier = turn.Counts[i];
            if (turn.SentenceOf(earlier.First) < sentence - 1 || earlier.Period is not null
                || earlier.Noun.Class is SizingNounClass.Document or SizingNounClass.Proxy)
            {
                return false; // paperwork or a rate before the summary: it may sum documents
            }

            if (IsPeopleCount(turn.Text, earlier))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPeopleCount(TokenizedText text, SizingCount count) =>
        count.Period is null && (count.Noun.IsPeople || count.Noun.Class == SizingNounClass.Headcount || count.IsEnumeration || IsPeopleWord(text, count.Noun.Head));

    private static bool IsPeopleWord(TokenizedText text, int k) =>
        text.In(k, SizingNouns.People) || text.In(k, SizingNouns.Roles) || text.In(k, SizingNouns.Headcount);
}
