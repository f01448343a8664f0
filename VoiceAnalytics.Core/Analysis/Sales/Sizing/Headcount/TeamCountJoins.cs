using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Headcount;

/// <summary>How people counts combine into a team size: "8 advisors and 2 assistants" add up; "four people at each of our three stores" multiply.</summary>
internal static class TeamCountJoins
{
    private static readonly WordSet Determiners = new("the", "my", "our", "their", "his", "her");

    /// <summary>The number of places a per-place count multiplies by, said in the same or the previous sentence.</summary>
    public static double? LocationCount(SizingTurn turn, SizingCount count)
    {
        foreach (var other in turn.Counts)
        {
            var near = turn.SentenceOf(other.First) is var s && (s == turn.SentenceOf(count.First) || s == turn.SentenceOf(count.First) - 1);
            if (near && !ReferenceEquals(other, count) && other.Noun.Head >= 0 && turn.Text.In(other.Noun.Head, SizingNouns.Locations))
            {
                return other.Value;
            }
        }

        return null;
    }

    /// <summary>"8 advisors and 2 assistants": people counts joined by "and" add up.</summary>
    public static bool Joined(SizingTurn turn, SizingCount previous, SizingCount count) =>
        previous.Noun.Class is SizingNounClass.Role or SizingNounClass.People
        && (count.Noun.Class is SizingNounClass.Role or SizingNounClass.People || UnknownPlural(turn.Text, count))
        && !count.IsSummary && !previous.IsConsumed && !count.IsConsumed
        && previous.Usage != SeatUsage.NotUsers && count.Usage != SeatUsage.NotUsers
        && previous.Period is null && count.Period is null
        && (OnlyConnectors(turn.Text, previous.PhraseEnd, count.First) || Juxtaposed(turn.Text, previous, count))
        && !(previous.Noun.Class == SizingNounClass.People && turn.Text.Is(count.First - 1, "the")); // "forty people, and the fourteen advisors": a part of the whole

    /// <summary>"six producers and two CSRs": a plural word the vocabulary does not know, coordinated with people, counts people.</summary>
    public static bool UnknownPlural(TokenizedText text, SizingCount count) =>
        count.Noun.Class == SizingNounClass.Other && count.Noun.Head == count.Noun.First && count.Noun.Head >= 0
        && PeopleEnumeration.LooksPlural(text.Span(count.Noun.Head));

    /// <summary>
    /// "five attorneys two paralegals", "3 producers, 2 CSRs": spoken lists of named roles often drop the "and"; two
    /// different roles side by side, with at most commas between, are still parts of one team.
    /// </summary>
    private static bool Juxtaposed(TokenizedText text, SizingCount previous, SizingCount count)
    {
        if (previous.Noun.Class != SizingNounClass.Role || previous.Noun.Guessed || previous.Noun.Head < 0 || count.Noun.Head < 0
            || !(count.Noun.Class == SizingNounClass.Role || UnknownPlural(text, count))
            || text.Span(previous.Noun.Head).SequenceEqual(text.Span(count.Noun.Head)))
        {
            return false;
        }

        for (var k = previous.PhraseEnd; k < count.First; k++)
        {
            if (!text.IsSymbol(k, ','))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlyConnectors(TokenizedText text, int from, int to)
    {
        var sawAnd = false;
        for (var k = from; k < to; k++)
        {
            sawAnd |= text.Is(k, "and") || text.Is(k, "plus");
            if (!text.Is(k, "and") && !text.Is(k, "plus") && !text.IsSymbol(k, ',') && !text.In(k, Determiners))
            {
                return false;
            }
        }

        return sawAnd;
    }
}
