using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Headcount;

/// <summary>
/// Counts that size a team, office or department rather than the company: "our team is seven people", "a team of
/// five", "my inside sales team is 6", "a five-person team", "we have 20 people in sales", "12 of us in the office".
/// </summary>
internal static class TeamGroupCues
{
    private const int TopicWindow = 10;

    private static readonly WordSet GroupLinks = new("is", "'s", "of", "has", "are", "have", "totals");
    private static readonly WordSet InOn = new("in", "on", "within");
    private static readonly WordSet Determiners = new("the", "our", "my", "this", "that");

    /// <summary>Groups that are also where a small firm's whole staff sits ("ten staff in the office").</summary>
    private static readonly WordSet Workplaces = new("office", "offices", "floor", "branch", "side", "desk");

    /// <summary>Departments a group of people is named by ("sales", "hr", "front desk").</summary>
    public static readonly WordSet Departments = new(
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

        if (!count.MayCountPeople)
        {
            return false;
        }

        if (count.Noun.Class is SizingNounClass.People or SizingNounClass.Headcount or SizingNounClass.Bare && HasGroupTopic(turn, count))
        {
            return true; // a plain count of people said of a group, not a list or a role
        }

        if (count.Noun.Class == SizingNounClass.Headcount)
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

    /// <summary>
    /// A count of people said of a group named before it in its sentence, or inside its own noun: "the front desk,
    /// that's six people", "the billing office for the east region, eleven staff", "four back office staff". A group
    /// that is itself counted ("three offices and 40 staff") or a company named in between ("the team is new, the
    /// company is 80 people") does not size the count.
    /// </summary>
    public static bool HasGroupTopic(SizingTurn turn, SizingCount count)
    {
        var text = turn.Text;
        for (var k = count.Noun.First; k < count.Noun.Head; k++)
        {
            if (text.In(k, SizingCues.Groups) || text.In(k, Departments))
            {
                return true; // "two front office staff", "six sales people"
            }
        }

        if (text.Is(count.First - 1, "of") && text.Is(count.First - 2, "out"))
        {
            return false; // "two of us in the office, out of six staff": the whole the group is part of
        }

        var sentence = turn.SentenceOf(count.First);
        for (var k = count.First - 1; k >= Math.Max(0, count.First - TopicWindow) && turn.SentenceOf(k) == sentence; k--)
        {
            if (text.In(k, SizingCues.Organizations) || text.In(k, SizingCues.Wholes) || text[k].IsDigits || IsCountedNoun(turn, k))
            {
                return false;
            }

            if (IsWholeOffice(text, k))
            {
                return false; // "the whole office is maybe sixty people": a small firm's whole workplace is the company
            }

            if (SizingCues.IsOrPossessive(text, k, SizingCues.Groups))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet WholeWords = new("whole", "entire");

    /// <summary>"the whole office", "our entire office": everyone at the workplace, not one group in it.</summary>
    public static bool IsWholeOffice(TokenizedText text, int k) => text.Is(k, "office") && text.In(k - 1, WholeWords);

    private static bool IsCountedNoun(SizingTurn turn, int token)
    {
        foreach (var other in turn.Counts)
        {
            if (other.Noun.Head == token || (other.First <= token && token < other.End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"seven staff in the department", "40 staff in sales": a department, not the office a small firm is nor the group a company belongs to.</summary>
    public static bool InNamedDepartment(TokenizedText text, SizingCount count) => InDepartment(text, count, namedOnly: true);

    /// <summary>"20 people in sales", "12 of us in the office", "six on the inside sales team".</summary>
    public static bool InDepartment(TokenizedText text, SizingCount count) => InDepartment(text, count, namedOnly: false);

    private static bool InDepartment(TokenizedText text, SizingCount count, bool namedOnly)
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
            if ((text.In(k, SizingCues.Groups) && !(namedOnly && (text.In(k, Workplaces) || text.In(k, SizingCues.Organizations)))) || text.In(k, Departments))
            {
                return true;
            }
        }

        return false;
    }
}
