using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Volume;

/// <summary>Whether a stated volume is a total, a correction, or joined to the amount before it.</summary>
internal static class VolumeMentionCues
{
    private const int WindowAfter = 6;

    private static readonly WordSet Determiners = new("the", "our", "my", "all", "those", "these", "their", "a", "and", "of");
    private static readonly WordSet Spans = new("over", "for", "across", "throughout", "during");
    private static readonly WordSet Wholes = new(
        "team", "board", "company", "firm", "business", "offices", "locations", "stores", "branches", "year", "all",
        "everyone", "everybody", "whole", "entire");

    /// <summary>Spoken hedges that may stand between "so" and the total: "I don't know", "you know", "call it", "I mean".</summary>
    private static readonly WordSet SpokenHedges = new("i", "don't", "dont", "dunno", "know", "you", "mean", "call", "it", "let's", "lets", "well", "uh", "um", "er");

    /// <summary>What "all in" is about when it dates the amount ("380 families, all in February"), not sums it.</summary>
    private static readonly WordSet Dates = new(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "sept", "spring", "summer", "fall", "autumn", "winter", "the", "one", "q1", "q2", "q3",
        "q4", "january's", "week", "month", "day", "season");

    /// <summary>
    /// "so about 50 documents", "all in, it's around 300", "a thousand a month across the team", "over the year it's
    /// about 400": the user's figure for everything, which beats the parts and the seasons.
    /// </summary>
    public static bool IsTotal(SizingTurn turn, SizingCount count, int periodEnd)
    {
        var text = turn.Text;
        var k = count.First - 1;
        for (var hedges = 0; hedges < 3 && text.In(k, SizingCues.Hedges); hedges++)
        {
            k--;
        }

        // "so, I don't know, 11ish", "so, you know, call it 40": a spoken hedge between the summary word and the amount.
        var summaryAt = k;
        for (var skipped = 0; skipped < 6 && (text.IsSymbol(summaryAt, ',') || text.In(summaryAt, SpokenHedges) || text.In(summaryAt, SizingCues.Hedges)); skipped++)
        {
            summaryAt--;
        }

        var previous = PreviousInSentence(turn, count);
        if (text.Is(k, "so") || text.Is(summaryAt, "so"))
        {
            if (previous is { Period: null } stock && stock.Value == count.Value)
            {
                return false; // "we've got forty clients and they all renew every quarter, so forty of those a quarter": one stream's rate
            }
        }

        if (summaryAt != k && (text.Is(summaryAt, "so") || text.Is(summaryAt, "total") || text.Is(summaryAt, "altogether") || text.Is(summaryAt, "overall")))
        {
            return true;
        }

        var thatIs = text.Is(k, "is") && text.Is(k - 1, "that");
        var copula = thatIs || text.Is(k, "that's") || text.Is(k, "thats");
        var subject = thatIs ? k - 2 : k - 1;
        var named = !text.In(subject, VolumeCues.GenericDocuments) || (text.IsWord(subject - 1) && !text.In(subject - 1, Determiners));
        if (copula && named && (text.In(subject, SizingNouns.Documents) || text.In(subject, SizingNouns.Proxies)))
        {
            return false; // "the carrier packets, that's like ten a month": a named type's amount, not everything
        }

        if (text.In(k, VolumeCues.TotalsBefore) || thatIs)
        {
            return true;
        }

        // "all in, like 25 proposals a week and then SOWs, those are maybe five a week": the cue sums the amount right
        // after it, not a later stream of the sentence (no other count between the cue and this one).
        var sentence = turn.SentenceOf(count.First);
        var cueFrom = previous is { } before ? Math.Max(before.PhraseEnd, before.Period?.End ?? 0) : 0;
        for (var j = count.First - 1; j >= cueFrom && turn.SentenceOf(j) == sentence; j--)
        {
            if (text.Is(j, "all") && ((text.Is(j + 1, "in") && !text.In(j + 2, Dates)) || text.Is(j + 1, "told") || text.Is(j + 1, "together")))
            {
                return true; // "all in, proposals, quotes and NDAs, it's around 300"
            }
        }

        var from = Math.Max(periodEnd, count.PhraseEnd);
        var end = Math.Min(text.Count, from + WindowAfter);
        for (var j = from; j < end && turn.SentenceOf(j) == sentence && !text[j].IsDigits; j++)
        {
            var inTotal = (text.Is(j, "in") && text.Is(j + 1, "total")) || (j == from && text.In(j, VolumeCues.TotalsAfter))
                || (text.Is(j, "all") && ((text.Is(j + 1, "in") && !text.In(j + 2, Dates)) || text.Is(j + 1, "told")));
            var spanning = text.In(j, Spans) && (text.In(j + 1, Wholes) || (text.Is(j + 1, "the") && text.In(j + 2, Wholes)));
            if (inTotal || spanning)
            {
                return true; // "a thousand a month across the team", "400 over the year"
            }
        }

        return false;
    }

    /// <summary>The count said last before this one in its sentence, or null.</summary>
    private static SizingCount? PreviousInSentence(SizingTurn turn, SizingCount count)
    {
        SizingCount? previous = null;
        foreach (var other in turn.Counts)
        {
            if (other.First >= count.First)
            {
                break;
            }

            previous = other;
        }

        return previous is not null && turn.SentenceOf(previous.First) == turn.SentenceOf(count.First) ? previous : null;
    }

    /// <summary>"about 40 a week. actually, more like 50": a correction cue just before the amount.</summary>
    public static bool CorrectionBefore(SizingTurn turn, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 4) && turn.SentenceOf(k) == turn.SentenceOf(first); k--)
        {
            if (turn.Text.In(k, VolumeCues.Corrections) || (turn.Text.Is(k, "more") && turn.Text.Is(k + 1, "like")))
            {
                return true;
            }
        }

        return false;
    }

    private const int RevisionReach = 24;

    private static readonly WordSet RevisionCues = new("wait", "sorry", "scratch", "correction", "oops");

    /// <summary>What may follow a spoken "no" that corrects the speaker: "no, ...", "no a month", "no it's 90" (not "no more than 50", a bound).</summary>
    private static readonly WordSet AfterCorrectingNo = new(
        "a", "an", "per", "closer", "it's", "its", "that", "that's", "thats", "actually", "make", "i", "like", "wait", "sorry");

    /// <summary>
    /// "about 120 a month, no wait, that was last year ... it's closer to ninety now", "300 a week no a month 300 a
    /// month": a correction cue between an earlier stated amount and this one (in the same or the next sentence, with
    /// no other number between), so this amount revises it. A revision stays within a factor of three of the amount
    /// it corrects; a much larger or smaller figure is another quantity.
    /// </summary>
    public static bool RevisesEarlier(SizingTurn turn, int earlierEnd, int index, double earlierQuantity)
    {
        var text = turn.Text;
        var count = turn.Counts[index];
        if (count.Value < earlierQuantity / 3 || count.Value > earlierQuantity * 3 || count.First - earlierEnd > RevisionReach
            || turn.SentenceOf(count.First) - turn.SentenceOf(earlierEnd) > 1)
        {
            return false;
        }

        // A correction already spent on a number between ("ten a week, no, more like twelve. slow season four") is not this one's.
        var from = earlierEnd;
        for (var j = index - 1; j >= 0 && turn.Counts[j].First >= earlierEnd; j--)
        {
            if (turn.Counts[j].IsConsumed)
            {
                from = Math.Max(from, turn.Counts[j].End);
            }
        }

        for (var k = from; k < count.First; k++)
        {
            if (text[k].IsDigits)
            {
                return false; // a figure written between is another amount
            }

            if (text.In(k, RevisionCues) || (text.Is(k, "no") && (text.IsSymbol(k + 1, ',') || text.In(k + 1, AfterCorrectingNo) || (text.Is(k + 1, "more") && text.Is(k + 2, "like")))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Only connectors, nouns of the earlier amount and its period lie between the two amounts.</summary>
    public static bool Coordinated(TokenizedText text, IReadOnlyList<SizingCount> counts, int index)
    {
        var previous = counts[index - 1];
        var from = previous.Period is { } period ? Math.Max(period.End, previous.PhraseEnd) : previous.PhraseEnd;
        var sawJoin = false;
        for (var k = from; k < counts[index].First; k++)
        {
            var join = text.Is(k, "and") || text.Is(k, "plus") || text.IsSymbol(k, '&') || text.IsSymbol(k, ',');
            sawJoin |= join;
            if (!join && !text.In(k, VolumeCues.Connectors))
            {
                return false;
            }
        }

        return sawJoin;
    }
}
