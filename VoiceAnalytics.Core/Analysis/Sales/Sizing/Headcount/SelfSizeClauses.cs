using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Headcount;

/// <summary>
/// The speaker's own organization sized without naming it: "about 400 people here", "we are seventeen working here",
/// "here we are forty-five peoples", "we've got 60 people". A workplace or total word after
/// the count ("here", "in house", "total") or a first-person frame before it ("we are", "we have", "there are") is
/// the cue; the weakest headcount reading, used only when nothing states the headcount outright.
/// </summary>
internal static class SelfSizeClauses
{
    private const int AfterWindow = 4;
    private const int IntroductionWindow = 12;

    private static readonly WordSet AppositiveEnds = new("and", "but", "so", "mostly", "total", "here", "in", "at", "across", "or", "plus", "including", "give", "all");

    private static readonly WordSet Ours = new("we", "we're", "were", "our", "ours", "we've", "i'm", "im");

    private static readonly WordSet Workplace = new("here", "in-house", "inhouse", "onsite", "on-site");
    private static readonly WordSet WorkVerbs = new("work", "working", "works", "employed", "worked");
    private static readonly WordSet Totals = new("total", "altogether", "overall", "all-in", "combined");
    private static readonly WordSet Frames = new("we're", "were", "we've", "there's", "theres", "it's", "its");
    private static readonly WordSet We = new("we", "there", "i", "i've", "ive");
    private static readonly WordSet FrameVerbs = new("are", "have", "got", "employ", "has", "is");
    private static readonly WordSet Determiners = new("the", "a");

    public static bool IsSelfSize(SizingTurn turn, SizingCount count)
    {
        if (count.Period is not null || count.Usage == SeatUsage.Users || count.IsEnumeration || count.IsConsumed
            || TeamGroupCues.InDepartment(turn.Text, count))
        {
            return false;
        }

        var noun = count.Noun.Class;
        // "five of us" is left out: said of partners, a team or the users as often as of the company.
        if (noun is not (SizingNounClass.People or SizingNounClass.Headcount or SizingNounClass.Role or SizingNounClass.Bare))
        {
            return false;
        }

        // The workplace or a total said after the count is explicit even against a question about users.
        if (HasPlaceAfter(turn, count))
        {
            return true;
        }

        var asked = turn.Question.Asks(SizingQuestionKind.TeamSize) || turn.Question.Asks(SizingQuestionKind.Volume);
        return !asked && count.Usage == SeatUsage.None && noun is not (SizingNounClass.Bare or SizingNounClass.Role) && HasFrameBefore(turn, count);
    }

    /// <summary>
    /// "I'm the office administrator at harrow and meade, we do litigation, about forty people": a count of people
    /// set off by a comma after a clause about the speaker's business (we, our or an organization word before it).
    /// </summary>
    public static bool IsAppositive(SizingTurn turn, SizingCount count)
    {
        var text = turn.Text;
        if (count.Period is not null || count.Usage != SeatUsage.None || count.Noun.Class is not (SizingNounClass.People or SizingNounClass.Headcount)
            || TeamGroupCues.InDepartment(text, count) || turn.Question.Asks(SizingQuestionKind.TeamSize))
        {
            return false;
        }

        var k = HeadcountCues.SkipHedges(text, count.First - 1);
        if (!text.IsSymbol(k, ',') && !text.IsSymbol(k, '-'))
        {
            return false;
        }

        var after = count.PhraseEnd;
        if (text.InRange(after) && !text.IsSymbol(after, ',') && !text.IsSentenceEnd(after) && !text.In(after, AppositiveEnds))
        {
            return false; // "about 400 people use our app": the count is a clause's subject, not the business's size
        }

        var sentence = turn.SentenceOf(count.First);
        for (var j = k - 1; j >= 0 && turn.SentenceOf(j) == sentence && j > k - IntroductionWindow; j--)
        {
            if (text.In(j, SizingCues.Groups) || text.In(j, SizingCues.ClauseBreaks) || text[j].IsDigits)
            {
                return false; // "the sales team, about 12 people" sizes a group; a count before it is another figure
            }

            if (text.In(j, Ours) || text.In(j, SizingCues.Organizations))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"400 people here", "seventeen working here", "30 in house", "about 60 total".</summary>
    private static bool HasPlaceAfter(SizingTurn turn, SizingCount count)
    {
        var text = turn.Text;
        var segment = turn.SegmentOf(count.First);
        for (var k = count.End; k < Math.Min(text.Count, count.PhraseEnd + AfterWindow) && turn.SegmentOf(k) == segment; k++)
        {
            if (text.In(k, Workplace) && (k == count.PhraseEnd || k == count.End))
            {
                return !text.Is(k + 1, "in") && !text.Is(k + 1, "on"); // "twelve here in sales" sizes a department
            }

            if (text.In(k, WorkVerbs) && (text.Is(k + 1, "here") || text.Is(k + 1, "there") || text.Is(k + 1, "for")))
            {
                return true;
            }

            if (text.In(k, Totals) && !count.IsSummary)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"we are 45 people", "here we are forty-five", "we've got 60 people".</summary>
    private static bool HasFrameBefore(SizingTurn turn, SizingCount count)
    {
        var text = turn.Text;
        var k = count.First - 1;
        for (var skipped = 0; skipped < 3 && (text.In(k, SizingCues.Hedges) || text.In(k, Determiners)) && !text.Is(k, "of"); skipped++)
        {
            k--;
        }

        if (text.In(k, Frames))
        {
            return !text.Is(k, "it's") && !text.Is(k, "its");
        }

        return text.In(k, FrameVerbs) && (text.In(k - 1, We) || (text.In(k - 1, FrameVerbs) && text.In(k - 2, We)));
    }
}
