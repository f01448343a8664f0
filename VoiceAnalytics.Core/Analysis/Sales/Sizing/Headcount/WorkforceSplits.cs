using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Headcount;

/// <summary>
/// A workforce split by where people work adds up to the company: "about 120 drivers and 30 people in the office",
/// "twenty-two on the floor and five in the office", "38 guys in the field plus the four of us in the office". Two
/// people counts of one sentence joined by "and"/"plus", the later one placed at a workplace, the earlier one placed
/// too or counting a role. A count a usage cue binds ("five in the office would use it") sizes seats, not the company.
/// </summary>
internal static class WorkforceSplits
{
    private static readonly WordSet Joins = new("and", "plus");
    private static readonly WordSet JoinFillers = new("then", "another", "the", "maybe", "about", "around", "like", "roughly");
    private static readonly WordSet InOn = new("in", "on", "at");
    private static readonly WordSet Determiners = new("the", "our", "a");

    /// <summary>Where a part of a small company's staff works (a place, not a department).</summary>
    private static readonly WordSet Places = new(
        "field", "floor", "office", "road", "shop", "warehouse", "yard", "plant", "site", "kitchen", "trucks", "production");

    /// <summary>The sum of the first workforce split in the turn: its first part's first token, the total, and its second part's first token.</summary>
    public static (int Token, int Total, int Last)? Find(SizingTurn turn)
    {
        var counts = turn.Counts;
        for (var i = 0; i + 1 < counts.Count; i++)
        {
            var (first, second) = (counts[i], counts[i + 1]);
            if (turn.SentenceOf(first.First) != turn.SentenceOf(second.First))
            {
                continue;
            }

            if (IsRoleAndRest(turn, first, second))
            {
                return (first.First, (int)Math.Round(first.Value + second.Value, MidpointRounding.AwayFromZero), second.First);
            }

            if (!IsPart(first) || !IsPart(second))
            {
                continue;
            }

            var firstPlaceEnd = PlaceEnd(turn.Text, first.PhraseEnd);
            var firstPlaced = firstPlaceEnd > first.PhraseEnd;
            if ((firstPlaced || first.Noun.Class == SizingNounClass.Role) && Joined(turn.Text, firstPlaced ? firstPlaceEnd : first.PhraseEnd, second.First)
                && PlaceEnd(turn.Text, second.PhraseEnd) > second.PhraseEnd)
            {
                return (first.First, (int)Math.Round(first.Value + second.Value, MidpointRounding.AwayFromZero), second.First);
            }
        }

        return null;
    }

    /// <summary>The rest of a workforce after its named role: "others", "other people", or a staff noun.</summary>
    private static readonly WordSet Rest = new("others", "other", "rest");

    /// <summary>
    /// "we are 55 developers and 10 others", "eleven attorneys five staff", "40 drivers plus 6 employees": a role
    /// and the rest of the staff (others, or a headcount noun), side by side or joined, add up to the company.
    /// </summary>
    private static bool IsRoleAndRest(SizingTurn turn, SizingCount role, SizingCount rest)
    {
        var text = turn.Text;
        if (role.Noun.Class != SizingNounClass.Role || role.Noun.Guessed || !IsPart(role) || rest.Usage != SeatUsage.None
            || rest.Period is not null || rest.IsDistributive || rest.IsConsumed || rest.IsSummary || rest.Noun.Head < 0)
        {
            return false;
        }

        var restNoun = rest.Noun.Class == SizingNounClass.Headcount && rest.Noun.Head == rest.Noun.First
            || (text.In(rest.Noun.First, Rest) && rest.Noun.End <= rest.Noun.First + 2);
        return restNoun && (Joined(text, role.PhraseEnd, rest.First) || rest.First == role.PhraseEnd
            || (rest.First == role.PhraseEnd + 1 && text.IsSymbol(role.PhraseEnd, ',')));
    }

    private static bool IsPart(SizingCount count) =>
        count.MayCountPeople && count.Noun.Class != SizingNounClass.Seat && count.Period is null && !count.IsDistributive
        && count.Usage is not (SeatUsage.Users or SeatUsage.WholeGroupUsers) && !count.IsEnumeration && count.Value >= 1;

    /// <summary>The token after "in the office" / "on the floor" starting at <paramref name="k"/>, or <paramref name="k"/> when no place follows.</summary>
    private static int PlaceEnd(TokenizedText text, int k)
    {
        if (!text.In(k, InOn))
        {
            return k;
        }

        var place = text.In(k + 1, Determiners) ? k + 2 : k + 1;
        return text.In(place, Places) ? place + 1 : k;
    }

    /// <summary>Only "and"/"plus" and a few fillers between the two parts ("and then another five", "plus the four of us").</summary>
    private static bool Joined(TokenizedText text, int from, int to)
    {
        var k = from;
        if (text.IsSymbol(k, ','))
        {
            k++;
        }

        if (!text.In(k, Joins))
        {
            return false;
        }

        for (k++; k < to; k++)
        {
            if (!text.In(k, JoinFillers))
            {
                return false;
            }
        }

        return true;
    }
}
