using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Headcount;

/// <summary>
/// Company size = the company's headcount, only when stated: "about 150 employees", "a 15-person startup",
/// "twenty people at the firm total", "we're 30 people", the answer to "how many employees do you have?", and
/// "a one-person shop"; "it's just me" alone is not a stated headcount. A count of the people who would use the product is not a headcount,
/// unless the whole group would ("we're four people and we'd all use it").
/// </summary>
internal static class CompanySizeExtractor
{
    public static Extracted<int>? Extract(IReadOnlyList<SizingTurn> turns)
    {
        var choice = new SizeChoice();
        foreach (var turn in turns)
        {
            var split = turn.WorkforceSplit;
            foreach (var count in turn.Counts)
            {
                if (split is { } parts && (count.First == parts.Token || count.First == parts.Last))
                {
                    continue; // "eleven attorneys five staff": the parts of a split are counted in its total
                }

                if (Score(turn, count) is { } candidate)
                {
                    choice.Add(candidate);
                }
            }

            if (split is { } whole)
            {
                choice.Add(new SizeCandidate(whole.Total, 3, 0.8, turn, whole.Token, false)); // "120 drivers and 30 people in the office"
            }
        }

        return choice.Result();
    }

    private static SizeCandidate? Score(SizingTurn turn, SizingCount count)
    {
        if (count.IsConsumed || (count.Period is not null && !HeadcountClauses.IsDatedNotRate(turn, count)) || count.Value is < 1 or > 10_000_000 || count.IsDistributive)
        {
            return null;
        }

        if (turn.Text.Is(count.First, "few") || turn.Text.Is(count.First + 1, "few"))
        {
            return null; // "a few hundred" is no stated headcount
        }

        var (priority, confidence) = Rank(turn, count);
        if (priority == 0)
        {
            return null;
        }

        var value = (int)Math.Round(count.Value, MidpointRounding.AwayFromZero);
        var numberConfidence = 0.75 + (0.25 * count.Number.Confidence);
        // "six guys in the shop ..., so eight of us all told": a total of the parts beats a part said as strongly
        var total = priority == 4 && HeadcountClauses.IsTotalOfParts(turn, count);
        return new SizeCandidate(value, priority, confidence * numberConfidence, turn, count.First, total);
    }

    private static (int Priority, double Confidence) Rank(SizingTurn turn, SizingCount count)
    {
        if (SaidAsHeadcount(turn, count))
        {
            return (4, 0.86);
        }

        if (count.Period is not null && !HeadcountClauses.IsDatedNotRate(turn, count))
        {
            return (0, 0); // only a date dates a headcount ("our headcount is 62 as of this month"); any other period makes a rate
        }

        if (count.Usage == SeatUsage.NotUsers && count.Noun.Class is not SizingNounClass.Seat && HeadcountCues.IsStrong(turn, count))
        {
            return (4, 0.86); // "the whole company's about 110 but the therapists wouldn't touch it": the whole, not its users
        }

        // People a usage cue points at are seats; only "we'd all use it" keeps them a headcount too.
        // "four front desk staff would use it": a headcount noun narrowed by words before it names a group, not the company.
        // "just the five staff would need logins": "the" points back at a group already named, a part of the company.
        var groupOfStaff = count.Noun.Class == SizingNounClass.Headcount
            && (count.Noun.Head > count.Noun.First || turn.Text.Is(HeadcountCues.SkipHedges(turn.Text, count.First - 1), "the"));
        var seatsOnly = count.Usage == SeatUsage.Users && (count.Noun.Class != SizingNounClass.Headcount || groupOfStaff);
        if (count.Usage == SeatUsage.NotUsers || seatsOnly || count.IsEnumeration || count.Noun.Class == SizingNounClass.Seat)
        {
            return (0, 0); // "twelve seats on business" buys seats, it does not state a headcount
        }

        if (HeadcountCues.IsStrong(turn, count))
        {
            return (4, count.Noun.Class is SizingNounClass.Headcount or SizingNounClass.SizeCompound ? 0.92 : 0.86);
        }

        if (HeadcountClauses.IsWeInTheOffice(turn, count))
        {
            return (2, 0.76); // "we're 30 people in the office": the small firm's workplace, not a department
        }

        if (TeamGroupCues.HasGroupTopic(turn, count))
        {
            return (0, 0); // "the front desk, that's six people" sizes a group, not the company
        }

        if (turn.Question.Asks(SizingQuestionKind.CompanySize) && (count.MayCountPeople || count.Noun.Class == SizingNounClass.Bare))
        {
            return (3, 0.8);
        }

        if (HeadcountCues.IsWeak(turn, count) || HeadcountClauses.IsIntroduction(turn, count) || (count.Usage == SeatUsage.WholeGroupUsers && WholeOrganization(turn, count)))
        {
            return (2, 0.76);
        }

        if (SelfSizeClauses.IsSelfSize(turn, count) || SelfSizeClauses.IsAppositive(turn, count))
        {
            return (1, 0.66);
        }

        // "it's just me" says who does the work, not the headcount: LABELS wants company size only when explicit
        // ("a one-person shop" is, through its size compound).
        return (0, 0);
    }

    /// <summary>Clause-level headcount statements (<see cref="HeadcountClauses"/>) that outrank usage and group readings.</summary>
    private static bool SaidAsHeadcount(SizingTurn turn, SizingCount count)
    {
        if (count.Noun.Class is SizingNounClass.Seat or SizingNounClass.Document or SizingNounClass.Proxy or SizingNounClass.Excluded)
        {
            return false;
        }

        return (HeadcountClauses.IsEmployment(turn, count) && count.Usage != SeatUsage.Users)
            || (count.Period is null && (HeadcountClauses.IsWholeOrganization(turn, count)
                || HeadcountClauses.IsWholeAgainstUsers(turn, count)
                || HeadcountClauses.IsTotalBeyondSummary(turn, count)
                || HeadcountClauses.IsTotalOfParts(turn, count)));
    }

    /// <summary>"the whole company would use it, so about 45 people": the seats are the headcount.</summary>
    private static bool WholeOrganization(SizingTurn turn, SizingCount count)
    {
        var sentence = turn.SentenceOf(count.First);
        for (var k = 0; k < turn.Text.Count; k++)
        {
            var whole = turn.SentenceOf(k) == sentence && turn.Text.In(k, SizingCues.Wholes);
            if (whole && (turn.Text.In(k + 1, SizingCues.Organizations) || turn.Text.In(k + 2, SizingCues.Organizations)))
            {
                return true;
            }
        }

        return false;
    }
}
