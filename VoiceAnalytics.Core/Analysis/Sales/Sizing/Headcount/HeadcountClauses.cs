using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Headcount;

/// <summary>
/// Headcount said at clause level, the way people speak it rather than as "N employees": an employment frame
/// ("on payroll we were 174", "we're eight full time"), the whole organization restated ("all six of us, that's
/// the whole firm"), a whole set against the part that would use it ("12 of us, 10 who'd actually send",
/// "42 staff total but teachers wouldn't send anything"), and a self-introduction that sizes the speaker's
/// organization ("we're a dev shop, custom software, 18 people", "were an ria wealth management about twenty two
/// people"). Each reads only the count's own sentence and the next one.
/// </summary>
internal static class HeadcountClauses
{
    private const int IntroductionWindow = 10;
    private const int WholeWindow = 12;
    private const int OrganizationWindow = 16;

    private static readonly WordSet Employment = new(
        "payroll", "full-time", "fulltime", "full-timers", "fulltimers", "w2", "w-2", "salaried", "employed", "employ",
        "employs");

    private static readonly WordSet Full = new("full");
    private static readonly WordSet Time = new("time", "timers", "timer");
    private static readonly WordSet ThatIs = new("that's", "thats", "which", "that", "is", "it's", "its");
    private static readonly WordSet WeIntroduce = new("we're", "were", "we", "i'm", "im");
    private static readonly WordSet Articles = new("a", "an");
    private static readonly WordSet Totals = new("total", "altogether", "overall", "all");
    private static readonly WordSet Existential = new("there's", "theres", "there", "we're", "were");
    private static readonly WordSet ItIs = new("it's", "its", "is");
    private static readonly WordSet Including = new("including", "counting", "incl");
    private static readonly WordSet Partners = new("partners", "partner", "owners", "founders", "cofounders", "co-founders");


    /// <summary>"on payroll we were 174", "we're eight full time", "twelve full-timers": an employment frame in the count's clause.</summary>
    public static bool IsEmployment(SizingTurn turn, SizingCount count)
    {
        var text = turn.Text;
        var segment = turn.SegmentOf(count.First);
        for (var k = Math.Max(0, count.First - 6); k < Math.Min(text.Count, count.PhraseEnd + 4) && turn.SegmentOf(k) <= segment; k++)
        {
            if (turn.SegmentOf(k) != segment)
            {
                continue;
            }

            if (text.In(k, Employment) || (text.In(k, Full) && (text.In(k + 1, Time) || (text.IsSymbol(k + 1, '-') && text.In(k + 2, Time)))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A period right after "as of" dates the count ("174 as of last month"); it is no rate.</summary>
    public static bool IsDatedNotRate(SizingTurn turn, SizingCount count) =>
        count.Period is { } period && turn.Text.Is(period.First - 1, "of") && turn.Text.Is(period.First - 2, "as");

    /// <summary>
    /// "all six of us. that's the whole firm", "me and one other loan officer and a processor, thats the whole
    /// company": the count restated as the entire organization in its sentence or the next.
    /// </summary>
    public static bool IsWholeOrganization(SizingTurn turn, SizingCount count)
    {
        var text = turn.Text;
        var sentence = turn.SentenceOf(count.First);
        for (var k = count.PhraseEnd; k < Math.Min(text.Count, count.PhraseEnd + WholeWindow) && turn.SentenceOf(k) <= sentence + 1; k++)
        {
            if (text.In(k, SizingCues.Wholes) && text.In(k - 1, TeamDeterminers) && text.In(k - 2, ThatIs)
                && (text.In(k + 1, SizingCues.Organizations) || text.In(k + 2, SizingCues.Organizations)))
            {
                return true; // "that's the whole firm", "which is the entire company"
            }
        }

        return false;
    }

    /// <summary>
    /// A whole set against the part that would use it: "12 of us, 10 who'd actually send stuff" (a smaller count of
    /// users later in the sentence), "42 staff total but teachers wouldn't" (a total its non-users are part of).
    /// </summary>
    public static bool IsWholeAgainstUsers(SizingTurn turn, SizingCount count)
    {
        if (count.Usage == SeatUsage.Users || count.Noun.Class is not (SizingNounClass.OfUs or SizingNounClass.People or SizingNounClass.Headcount or SizingNounClass.Bare))
        {
            return false;
        }

        if (count.Usage == SeatUsage.NotUsers)
        {
            return HasTotal(turn, count) || HasWorkplaceAfter(turn, count); // "ten of us in the office but Sam wouldn't send"
        }

        var sentence = turn.SentenceOf(count.First);
        foreach (var other in turn.Counts)
        {
            if (other.First > count.First && turn.SentenceOf(other.First) == sentence && other.Usage == SeatUsage.Users
                && other.Value < count.Value && other.Period is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"so four. ... so forty two total": a second, larger total after the turn already summed up its users.</summary>
    public static bool IsTotalBeyondSummary(SizingTurn turn, SizingCount count)
    {
        if (!count.IsSummary || !HasTotal(turn, count))
        {
            return false;
        }

        foreach (var other in turn.Counts)
        {
            if (other.First < count.First && other.IsSummary && other.Value < count.Value && other.Period is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "it's me, my wife does the books, and we've got nine guys on the crews, so eleven of us all told": a total
    /// (a summary with "total", "all told", "in all") of people counted before it in its sentence, said unprompted by
    /// a question about users and bound to no usage, adds up the whole workforce.
    /// </summary>
    public static bool IsTotalOfParts(SizingTurn turn, SizingCount count)
    {
        if (!count.IsSummary || count.Usage != SeatUsage.None || turn.Question.Asks(SizingQuestionKind.TeamSize) || !HasTotal(turn, count))
        {
            return false;
        }

        var sentence = turn.SentenceOf(count.First);
        foreach (var part in turn.Counts)
        {
            if (part.First < count.First && turn.SentenceOf(part.First) == sentence && part.Value < count.Value && part.Period is null
                && part.Usage == SeatUsage.None && (part.Noun.IsPeople || part.Noun.Class == SizingNounClass.Headcount))
            {
                return !TeamGroupCues.HasGroupTopic(turn, part); // "the front desk is three, plus two at the branch, so five total" sizes a group
            }
        }

        return false;
    }

    /// <summary>
    /// The speaker introducing the organization, then its size: "we're a dev shop, custom software, 18 people",
    /// "were an ria um wealth management about twenty two people", "theres twelve of us" (not an answer about users).
    /// </summary>
    public static bool IsIntroduction(SizingTurn turn, SizingCount count)
    {
        var text = turn.Text;
        if (count.Period is not null || TeamGroupCues.InDepartment(text, count))
        {
            return false;
        }

        if (count.Noun.Class == SizingNounClass.OfUs && text.Is(count.Noun.Head, "us"))
        {
            // "nine of us and everyone would use it": the whole group stays a headcount when all of it would use the product
            return count.Usage is (SeatUsage.None or SeatUsage.WholeGroupUsers) && IsAllOfUs(turn, count);
        }

        if (count.Usage != SeatUsage.None)
        {
            return false;
        }

        if (count.Noun.Class != SizingNounClass.People || text.In(count.Noun.Head, Members))
        {
            return false; // "a congregation of about three hundred members" counts members, not staff
        }

        var sentence = turn.SentenceOf(count.First);
        for (var k = count.First - 1; k >= Math.Max(0, count.First - IntroductionWindow) && turn.SentenceOf(k) == sentence; k--)
        {
            if (text.In(k, SizingCues.Groups) || text[k].IsDigits || SizingCues.ClauseBreaks.Contains(text.Span(k)))
            {
                return false;
            }

            if (text.In(k, WeIntroduce) && text.In(k + 1, Articles))
            {
                return true; // "we're a ...", "were an ..."
            }
        }

        // "We're a wealth management firm. Forty people, and ...": the size opening the sentence after the organization
        // (not a list's total: "me and the three store managers, four people")
        var before = HeadcountCues.SkipHedges(text, count.First - 1);
        return !count.IsSummary && (before < 0 || turn.SentenceOf(before) < sentence) && SetOffAfterOrganization(turn, count, before);
    }

    /// <summary>
    /// "theres twelve of us", "it's just the three of us", "we're a mortgage brokerage. fourteen of us.", "there are
    /// nine of us including me": the speaker's whole group, framed as existing or set off after the organization is
    /// introduced. An answer to "who would use it?" sizes the users instead, unless a total or the speaker's
    /// inclusion says it is everyone ("six of us all up").
    /// </summary>
    private static bool IsAllOfUs(SizingTurn turn, SizingCount count)
    {
        var text = turn.Text;
        var wholeSaid = HasTotal(turn, count) || IncludesSpeaker(text, count.PhraseEnd);
        if (turn.Question.Asks(SizingQuestionKind.TeamSize) && !wholeSaid)
        {
            return false;
        }

        var before = count.First - 1;
        while ((text.In(before, SizingCues.Hedges) || text.Is(before, "the")) && before > count.First - 4)
        {
            before--;
        }

        if (text.In(before, Existential) || text.In(before, ItIs))
        {
            return true; // "theres twelve of us", "it's just the two of us"
        }

        if (text.Is(before, "are") && text.Is(before - 1, "there"))
        {
            return wholeSaid; // "there are five of us" alone may count partners or a team
        }

        return SetOffAfterOrganization(turn, count, before);
    }

    /// <summary>"including me", "me included", "counting me": the speaker counts themselves in the group.</summary>
    private static bool IncludesSpeaker(TokenizedText text, int after) =>
        (text.In(after, Including) && (text.Is(after + 1, "me") || text.Is(after + 1, "myself")))
        || (text.Is(after, "me") && text.Is(after + 1, "included"));

    /// <summary>
    /// "we're a digital agency in Leeds, eight of us", "Small company, twenty-three of us", "We're a brokerage in
    /// Leeds. Fourteen of us.": an "of us" count set off by a comma or opening its sentence, right after a sentence
    /// or phrase naming the speaker's organization (no group or other count between).
    /// </summary>
    private static bool SetOffAfterOrganization(SizingTurn turn, SizingCount count, int before)
    {
        var text = turn.Text;
        var sentence = turn.SentenceOf(count.First);
        var opensSentence = before < 0 || turn.SentenceOf(before) < sentence;
        if (!opensSentence && !text.IsSymbol(before, ','))
        {
            return false;
        }

        var organization = false;
        for (var k = before; k >= Math.Max(0, before - OrganizationWindow) && turn.SentenceOf(k) >= sentence - 1; k--)
        {
            if (text.In(k, SizingCues.Groups) || text.In(k, SizingCues.ClauseBreaks) || text[k].IsDigits || text.In(k, Partners))
            {
                return false; // "I lead the sales team at a software company, eight of us" sizes the team
            }

            organization |= text.In(k, SizingCues.Organizations);
        }

        return organization;
    }

    /// <summary>
    /// "we're 30 people in the office", "in total in the office we are like 20 persons": the speaker's whole "we" in
    /// the office (the workplace of a small firm), not a department named apart from them.
    /// </summary>
    public static bool IsWeInTheOffice(SizingTurn turn, SizingCount count)
    {
        var text = turn.Text;
        if (count.Noun.Class is not (SizingNounClass.People or SizingNounClass.Bare or SizingNounClass.OfUs) || count.Usage != SeatUsage.None || count.Period is not null)
        {
            return false;
        }

        if (count.Noun.Class != SizingNounClass.People && !HasWorkplaceAfter(turn, count))
        {
            return false; // "we are twelve in the office": without a noun the place must follow the count
        }

        var before = count.First - 1;
        while (text.In(before, SizingCues.Hedges) && before > count.First - 4)
        {
            before--;
        }

        var we = text.In(before, Existential) || (text.Is(before, "are") && text.Is(before - 1, "we"));
        if (!we)
        {
            return false;
        }

        var sentence = turn.SentenceOf(count.First);
        for (var k = Math.Max(0, count.First - IntroductionWindow); k < Math.Min(text.Count, count.PhraseEnd + 4); k++)
        {
            if (turn.SentenceOf(k) == sentence && text.Is(k, "office") && (text.Is(k - 1, "the") || text.Is(k - 1, "our")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"ten of us in the office", "seventeen working here", "twelve here": the workplace right after the count.</summary>
    private static bool HasWorkplaceAfter(SizingTurn turn, SizingCount count)
    {
        var text = turn.Text;
        var segment = turn.SegmentOf(count.First);
        var k = count.PhraseEnd;
        if (text.In(k, WorkVerbs))
        {
            k++;
        }

        if (turn.SegmentOf(k) != segment)
        {
            return false;
        }

        if (text.Is(k, "here"))
        {
            return !text.Is(k + 1, "in") && !text.Is(k + 1, "on"); // "twelve here in sales" sizes a department
        }

        return text.Is(k, "in") && text.In(k + 1, TeamDeterminers) && text.In(k + 2, Workplaces);
    }

    private static readonly WordSet WorkVerbs = new("working", "work", "employed");
    private static readonly WordSet Workplaces = new("office", "building", "shop", "studio");

    private static readonly WordSet Members = new("members", "heads", "bodies");

    private static readonly WordSet TeamDeterminers = new("the", "our", "my");

    private static bool HasTotal(SizingTurn turn, SizingCount count)
    {
        var text = turn.Text;
        var segment = turn.SegmentOf(count.First);
        for (var k = count.End; k < Math.Min(text.Count, count.PhraseEnd + 6) && turn.SegmentOf(k) == segment; k++)
        {
            if (text.In(k, Totals) && !text.In(k + 1, UsageWords))
            {
                return true; // "42 staff total", "seven people in the office total"; not "we'd all use it"
            }
        }

        return false;
    }

    private static readonly WordSet UsageWords = new("use", "send", "using", "sending", "of", "need", "want", "would", "who");
}
