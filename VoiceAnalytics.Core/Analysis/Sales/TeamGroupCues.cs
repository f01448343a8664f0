using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales;

/// <summary>
/// Counts that size a team, office or department rather than the company: "our team is seven people", "a team of
/// five", "my inside sales team is 6", "a five-person team", "we have 20 people in sales", "12 of us in the office".
/// </summary>
internal static class TeamGroupCues
{
    private static readonly WordSet GroupLinks = new("is", "'s", "of", "has", "are", "have", "totals");
    private static readonly WordSet InOn = new("in", "on", "within");
    private static readonly WordSet Determiners = new("the", "our", "my", "this", "that");

    private static readonly WordSet Departments = new(
        "sales", "marketing", "finance", "accounting", "operations", "ops", "hr", "legal", "support", "admissions",
        "dispatch", "engineering", "it", "procurement", "billing", "leasing", "admin", "administration", "service",
        "success", "underwriting", "recruiting", "compliance", "contracts", "partnerships", "revops", "bd", "claims",
        "front", "back", "field", "inside", "outside", "account", "customer");

    public static bool IsGroupSize(SizingTurn turn, SizingCount count)
    {
        var text = turn.Text;
        if (count.Noun.Class == SizingNounClass.SizeCompound)
        {
            return text.In(count.Noun.End, SizingCues.Groups) || text.In(count.Noun.End + 1, SizingCues.Groups);
        }

        if (!count.MayCountPeople || count.Noun.Class == SizingNounClass.Headcount)
        {
            return false;
        }

        var k = count.First - 1;
        for (var hedges = 0; hedges < 3 && text.In(k, SizingCues.Hedges) && !text.Is(k, "of"); hedges++)
        {
            k--;
        }

        return (text.In(k, GroupLinks) && text.In(k - 1, SizingCues.Groups))
            || (text.Is(k, "of") && text.Is(k - 1, "team")) // "a team of eight"
            || (!text.In(k, SizingCues.Groups) && SizingCues.IsOrPossessive(text, k, SizingCues.Groups)) // "our team's 8 people"
            || InDepartment(text, count);
    }

    /// <summary>"20 people in sales", "12 of us in the office", "six on the inside sales team".</summary>
    public static bool InDepartment(TokenizedText text, SizingCount count)
    {
        var k = count.PhraseEnd;
        if (!text.In(k, InOn))
        {
            return false;
        }

        k++;
        if (text.In(k, Determiners))
        {
            k++;
        }

        for (var words = 0; words < 3 && text.IsWord(k); words++, k++)
        {
            if (text.In(k, SizingCues.Groups) || text.In(k, Departments))
            {
                return true;
            }
        }

        return false;
    }
}
