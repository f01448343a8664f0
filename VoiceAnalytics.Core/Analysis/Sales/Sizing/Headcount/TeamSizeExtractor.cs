using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Headcount;

/// <summary>
/// Team size = the people who would use the product (seats). From strongest to weakest: a count a usage cue points
/// at ("three of us would use it"), a count of seats or licenses, the answer to "how many people would use it?",
/// a team or office size ("our team is seven people"), "just me", and a bare count of a role ("we have 25 reps").
/// </summary>
internal static class TeamSizeExtractor
{
    public static Extracted<int>? Extract(IReadOnlyList<SizingTurn> turns)
    {
        var choice = new SizeChoice();
        double? places = null; // the last number of offices or stores the user gave, for "two per clinic" in a later turn
        foreach (var turn in turns)
        {
            if (turn.Counts.Count == 0)
            {
                continue;
            }

            places = Volume.VolumePerPlace.PlacesIn(turn) ?? places;
            for (var i = 0; i < turn.Counts.Count; i++)
            {
                if (Score(turn, i, places) is { } candidate)
                {
                    choice.Add(candidate);
                }
            }
        }

        return choice.Result();
    }

    private static SizeCandidate? Score(SizingTurn turn, int index, double? places)
    {
        var count = turn.Counts[index];
        if (count.IsConsumed || count.Period is not null || count.Usage == SeatUsage.NotUsers || count.Value is < 1 or > 100_000
            || (index > 0 && TeamCountJoins.Joined(turn, turn.Counts[index - 1], count)))
        {
            return null; // a later part of "8 advisors and 2 assistants" is counted with the first
        }

        if (count.IsSummary && count.Noun.Class == SizingNounClass.Bare && index > 0 && SumsPaperwork(turn, turn.Counts[index - 1], count))
        {
            return null; // "each deal is about three documents we'd send, so around three sixty": a document total, not people
        }

        if (count.IsSummary && turn.WorkforceSplit is { } split && split.Total == (int)Math.Round(count.Value, MidpointRounding.AwayFromZero)
            && turn.SentenceOf(split.Token) == turn.SentenceOf(count.First))
        {
            return null; // "38 guys in the field plus the four of us in the office, so 42 total": the workforce, not the users
        }

        if (NarrowedWholes.IsNarrowed(turn, count))
        {
            return null; // "fourteen people but only the nine quoting reps": the whole, not the users
        }

        var total = count.Value;
        var usage = count.Usage;
        for (var next = index + 1; next < turn.Counts.Count && TeamCountJoins.Joined(turn, turn.Counts[next - 1], turn.Counts[next]); next++)
        {
            total += turn.Counts[next].Value;
            usage = usage == SeatUsage.None ? turn.Counts[next].Usage : usage;
        }

        if (count.IsDistributive && (TeamCountJoins.LocationCount(turn, count) ?? PlacesOfPerPlace(turn, count, places)) is { } locations)
        {
            total *= locations; // "three stores with about four people each"
            count = count.Undistributed();
        }

        var value = (int)Math.Round(total, MidpointRounding.AwayFromZero);
        var numberConfidence = 0.75 + (0.25 * count.Number.Confidence);
        var (priority, confidence) = Rank(turn, count, usage);
        return priority == 0 ? null : new SizeCandidate(value, priority, confidence * numberConfidence, turn, count.First, count.IsSummary);
    }

    /// <summary>
    /// "we have three clinics" ... "two per clinic": a count per place (a location word right after "per"/"each")
    /// multiplies by the places the user gave in an earlier turn.
    /// </summary>
    private static double? PlacesOfPerPlace(SizingTurn turn, SizingCount count, double? places)
    {
        if (places is null)
        {
            return null;
        }

        var k = count.PhraseEnd;
        k += turn.Text.Is(k, "at") || turn.Text.Is(k, "in") || turn.Text.Is(k, "for") ? 1 : 0;
        return (turn.Text.Is(k, "per") || turn.Text.Is(k, "each")) && IsPlace(turn.Text, k + 1) ? places : null;
    }

    /// <summary>A place word, singular or plural ("clinic", "stores").</summary>
    private static bool IsPlace(TokenizedText text, int k)
    {
        if (text.In(k, SizingNouns.Locations))
        {
            return true;
        }

        var word = text.Span(k);
        return text.IsWord(k) && word.Length > 3 && SizingNouns.Locations.Contains(string.Concat(word, "s".AsSpan()));
    }

    /// <summary>
    /// A total said after people counted in the same sentence: "so six people", "that's nine", "all eight would",
    /// "me and the three store managers, four people".
    /// </summary>
    private static bool SummarizesPeople(SizingTurn turn, SizingCount count)
    {
        var text = turn.Text;
        var generic = count.Noun.Class is SizingNounClass.People or SizingNounClass.Bare or SizingNounClass.OfUs or SizingNounClass.Seat;
        var cue = count.IsSummary || text.IsSymbol(count.First - 1, ',') || text.Is(count.First - 1, "all")
            || (text.In(count.First - 1, SizingCues.Hedges) && text.Is(count.First - 2, "all"));
        if (!generic || !cue || count.IsDistributive || count.Period is not null || count.IsEnumeration)
        {
            return false;
        }

        var sentence = turn.SentenceOf(count.First);
        foreach (var part in turn.Counts)
        {
            var people = part.Noun.IsPeople || part.IsEnumeration || part.Noun.Class == SizingNounClass.Headcount || TeamCountJoins.UnknownPlural(text, part);
            if (part.First < count.First && !ReferenceEquals(part, count) && people && part.Value < count.Value + 0.5 && turn.SentenceOf(part.First) == sentence)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The count before a bare summary in its sentence counts documents or what makes them: the summary adds those up.</summary>
    private static bool SumsPaperwork(SizingTurn turn, SizingCount before, SizingCount summary) =>
        before.Noun.Class is SizingNounClass.Document or SizingNounClass.Proxy && turn.SentenceOf(before.First) == turn.SentenceOf(summary.First);

    private static readonly WordSet ShareWords = new("share", "shares", "shared", "sharing");

    /// <summary>A share verb in the seat's sentence: one login passed around says nothing of how many use it.</summary>
    private static bool IsShared(SizingTurn turn, SizingCount count)
    {
        var sentence = turn.SentenceOf(count.First);
        for (var k = count.First; k < turn.Text.Count && turn.SentenceOf(k) == sentence; k++)
        {
            if (turn.Text.In(k, ShareWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a one person firm", "I'm a one-man shop": the speaker is the whole organization, so the only user.</summary>
    private static bool IsOnePersonOrganization(SizingTurn turn, SizingCount count) =>
        count.Value == 1 && count.Noun.Class == SizingNounClass.SizeCompound && HeadcountCues.IsStrong(turn, count);

    private static (int Priority, double Confidence) Rank(SizingTurn turn, SizingCount count, SeatUsage usage)
    {
        var noun = count.Noun.Class;
        var directUsers = usage is SeatUsage.Users or SeatUsage.WholeGroupUsers;
        if (directUsers && (count.MayCountPeople || noun == SizingNounClass.Headcount))
        {
            return (6, 0.92);
        }

        if (SummarizesPeople(turn, count))
        {
            return (5, 0.86); // "four associates and two paralegals, so six people": the total beats its parts
        }

        var headcount = HeadcountCues.IsStrong(turn, count);
        if (noun == SizingNounClass.Seat && count.Value == 1 && IsShared(turn, count))
        {
            return (0, 0); // "one license and three of us share the login": the sharers are the users, not the seat
        }

        if (noun == SizingNounClass.Seat && !count.IsDistributive)
        {
            return turn.IsQuestionSentence(count.First) ? (1, 0.5) : (5, 0.85); // "is there a discount for 50 users?" is a hypothetical
        }

        // A bare number answers a team question only when the question did not also ask for a volume.
        var answers = count.Noun.Class != SizingNounClass.Bare || !turn.Question.Asks(SizingQuestionKind.Volume);
        if (turn.Question.Asks(SizingQuestionKind.TeamSize) && answers && count.MayCountPeople && !count.IsDistributive && !headcount)
        {
            return (4, HeadcountCues.IsWeak(turn, count) ? 0.6 : 0.82);
        }

        if (TeamGroupCues.IsGroupSize(turn, count))
        {
            return (3, 0.72);
        }

        if (count.IsSolo || IsOnePersonOrganization(turn, count))
        {
            return (2, 0.7);
        }

        // A guessed role ("we have 300 growers") alone may be anyone; it counts only where the call is about users.
        var plainRole = (noun is SizingNounClass.OfUs || (noun is SizingNounClass.Role && !count.Noun.Guessed)) && !turn.IsQuestionSentence(count.First);
        return plainRole && !headcount && !HeadcountCues.IsWeak(turn, count) && !count.IsDistributive ? (1, 0.55) : (0, 0);
    }
}
