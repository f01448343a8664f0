using VoiceAnalytics.Core.Analysis.Text.Numbers;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Headcount;

/// <summary>
/// Whether a count of people is the company's headcount: "about 150 employees", "a 15-person startup",
/// "twenty people at the firm total", "out of six staff", "the company's about forty people", "we're 30 people".
/// </summary>
internal static class HeadcountCues
{
    private static readonly WordSet Prepositions = new("at", "in", "across", "within", "on");
    private static readonly WordSet Possessives = new("the", "our", "my", "this", "whole", "entire", "a");
    private static readonly WordSet Linking = new("is", "'s", "has", "of", "are", "have");

    /// <summary>
    /// Verbs that state a size the way "is" does ("headcount sits at 140", "the firm has grown to 65 people", "our
    /// company numbers about 75", "staff totals 30"), after up to two auxiliaries or adverbs.
    /// </summary>
    private static readonly WordSet SizeVerbs = new(
        "sits", "stands", "totals", "numbers", "grown", "grew", "reached", "reaches", "hit", "hits", "hovers", "counts");

    private static readonly WordSet SizeVerbAuxiliaries = new("has", "have", "'s", "is", "now", "just", "already", "recently", "finally");
    private static readonly WordSet Have = new("have", "got", "employ");
    private static readonly WordSet WeAre = new("we're", "we", "there's", "there", "we've", "theres");
    private static readonly WordSet OrganizationLinks = new("with", "of", "and", "that", "has", "have", "is", "'s", "employing");
    private static readonly WordSet WorkVerbs = new("work", "working", "employed", "work's");
    private static readonly WordSet WorkPlaces = new("here", "there", "at", "for", "in");
    private static readonly WordSet Employs = new("employ", "employs", "employing", "headcount");
    // "about 900 people worldwide": a whole company's reach, never one department's.
    private static readonly WordSet TotalWords = new("total", "overall", "altogether", "company-wide", "companywide", "globally", "worldwide", "nationwide");

    /// <summary>Said outright: an employee noun, a sized company, a total, "out of", "the company is N".</summary>
    public static bool IsStrong(SizingTurn turn, SizingCount count)
    {
        var text = turn.Text;
        if (count.Noun.Class == SizingNounClass.Headcount && !count.IsDistributive)
        {
            return !TeamGroupCues.HasGroupTopic(turn, count) && !TeamGroupCues.InNamedDepartment(text, count); // "the billing office, nine staff", "seven staff in the department" size a group
        }

        if (count.Noun.Class == SizingNounClass.SizeCompound)
        {
            return NamesOrganization(text, count.Noun.End, 3);
        }

        if (!count.Noun.IsPeople && count.Noun.Class != SizingNounClass.Bare)
        {
            return false;
        }

        var after = count.PhraseEnd;
        // "so nine people total" sums up who would use it; "about 60 people total" is the headcount.
        var total = !count.IsSummary && (text.In(after, TotalWords) || (text.Is(after, "in") && text.Is(after + 1, "total")));
        var totalAfter = total
            || (text.In(after, Prepositions) && (text.In(after + 1, SizingCues.Organizations) || (text.In(after + 1, Possessives) && NamesOrganization(text, after + 2, 2))));
        var before = SkipHedges(text, count.First - 1);
        var outOf = text.Is(before, "of") && text.Is(before - 1, "out");
        var subject = text.In(before - 1, TotalWords) ? before - 2 : before - 1; // "the company overall is about 60"
        if (text.In(before, SizeVerbs))
        {
            subject = before - 1;
            for (var words = 0; words < 2 && text.In(subject, SizeVerbAuxiliaries); words++)
            {
                subject--; // "the firm has grown to 65", "headcount is now at 140"
            }
        }

        var linked = text.In(before, Linking) || text.In(before, SizeVerbs);
        var organizationIs = (linked && (text.In(subject, SizingCues.Organizations) || text.In(subject, SizingNouns.Headcount) || TeamGroupCues.IsWholeOffice(text, subject)))
            || text.In(before, Employs)
            || (text.Span(before).EndsWith("'s") && SizingCues.IsOrPossessive(text, before, SizingCues.Organizations)) // "the company's about 40"
            || SpokenPossessive(text, before);
        var workHere = text.In(after, WorkVerbs) && text.In(after + 1, WorkPlaces); // "about 40 people work here"
        return totalAfter || outOf || organizationIs || workHere;
    }

    /// <summary>Implied: "we're 30 people", "we're a SaaS company, about 120 people" (an organization named just before).</summary>
    public static bool IsWeak(SizingTurn turn, SizingCount count)
    {
        var text = turn.Text;
        if (count.Noun.Class is not (SizingNounClass.People or SizingNounClass.Bare) || count.Period is not null)
        {
            return false;
        }

        var before = SkipHedges(text, count.First - 1);
        if (text.Is(before, "for"))
        {
            return false; // "steep for three people" prices seats, it does not state a headcount
        }

        if (TeamGroupCues.InDepartment(turn.Text, count))
        {
            return false; // "we have 20 people in sales" sizes a department
        }

        var weAre = text.In(before, WeAre) || (text.Is(before, "are") && (text.Is(before - 1, "we") || text.Is(before - 1, "there")))
            || (text.In(before, Have) && text.In(before - 1, WeAre)); // "we have about 60 people", "we've got 40 people"
        if (weAre && (count.Noun.Class == SizingNounClass.People || text.Is(before, "we're")))
        {
            return true;
        }

        // "we are six and everybody does proposals": a bare "we are N" that ends its clause sizes the speaker's company.
        if (text.Is(before, "are") && text.Is(before - 1, "we") && EndsClause(text, count.End) && !turn.Question.Asks(SizingQuestionKind.Volume))
        {
            return true;
        }

        // "we're a software company, about 400 people": the organization, then only linking words before the count.
        var k = before;
        while (text.InRange(k) && (text.In(k, OrganizationLinks) || text.IsSymbol(k, ',')) && !text.In(k, SizingCues.Organizations))
        {
            k--;
        }

        return text.In(k, SizingCues.Organizations) && count.Noun.Class == SizingNounClass.People; // also "a saas company about 120 people"
    }

    /// <summary>
    /// "dealerships about sixty people", "the companys about 40": speech-to-text drops the apostrophe of "dealership's"; an
    /// organization word plus "s" right before the count (not itself counted: "three dealerships") is the possessive.
    /// </summary>
    private static bool SpokenPossessive(TokenizedText text, int at)
    {
        var word = text.Span(at);
        return text.IsWord(at) && word.Length > 3 && word[^1] == 's' && SizingCues.Organizations.Contains(word[..^1])
            && !(text.InRange(at - 1) && text[at - 1].IsDigits) && !NumberWords.TryValue(text.Span(at - 1), out _);
    }

    private static readonly WordSet ClauseJoins = new("and", "but", "so", "now", "total", "only", "all", "altogether");

    /// <summary>Whether the token ends the count's clause: the turn's end, punctuation, or a joining word.</summary>
    private static bool EndsClause(TokenizedText text, int k) =>
        !text.InRange(k) || text.IsSentenceEnd(k) || text.IsSymbol(k, ',') || text.In(k, ClauseJoins);

    public static bool NamesOrganization(TokenizedText text, int from, int words)
    {
        for (var k = from; k < from + words && text.IsWord(k); k++)
        {
            if (text.In(k, SizingCues.Organizations))
            {
                return true;
            }

            if (text.In(k, SizingCues.Groups))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The first word before <paramref name="k"/> (inclusive) that is not one of up to three hedges ("about", "maybe").</summary>
    public static int SkipHedges(TokenizedText text, int k)
    {
        for (var hedges = 0; hedges < 3 && text.In(k, SizingCues.Hedges) && !text.Is(k, "of"); hedges++)
        {
            k--;
        }

        return k;
    }
}
