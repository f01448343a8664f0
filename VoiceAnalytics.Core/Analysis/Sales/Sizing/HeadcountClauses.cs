using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing;

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

            if (text.In(k, Employment) || (text.In(k, Full) && text.In(k + 1, Time)))
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
            return HasTotal(turn, count);
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
    /// The speaker introducing the organization, then its size: "we're a dev shop, custom software, 18 people",
    /// "were an ria um wealth management about twenty two people", "theres twelve of us" (not an answer about users).
    /// </summary>
    public static bool IsIntroduction(SizingTurn turn, SizingCount count)
    {
        var text = turn.Text;
        if (count.Usage != SeatUsage.None || count.Period is not null || TeamGroupCues.InDepartment(text, count))
        {
            return false;
        }

        if (count.Noun.Class == SizingNounClass.OfUs && text.Is(count.Noun.Head, "us"))
        {
            // "theres twelve of us", "we're nine of us": the speaker's whole group, unless they were asked who would use it
            var before = count.First - 1;
            while (text.In(before, SizingCues.Hedges) && before > count.First - 4)
            {
                before--;
            }

            return text.In(before, Existential) && !turn.Question.Asks(SizingQuestionKind.TeamSize);
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

        return false;
    }

    /// <summary>
    /// "we're 30 people in the office", "in total in the office we are like 20 persons": the speaker's whole "we" in
    /// the office (the workplace of a small firm), not a department named apart from them.
    /// </summary>
    public static bool IsWeInTheOffice(SizingTurn turn, SizingCount count)
    {
        var text = turn.Text;
        if (count.Noun.Class != SizingNounClass.People || count.Usage != SeatUsage.None || count.Period is not null)
        {
            return false;
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
