using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Volume;

/// <summary>
/// The period a volume is counted over: its own ("30 a week"), one shared with a joined amount ("40 proposals and
/// 20 contracts a month", "thirty weddings a year and seventy sessions"), or the assistant's question's
/// ("how many documents a month?" -> "maybe 300"); a volume question without a period is read as per month.
/// </summary>
internal static class VolumePeriodOf
{
    public static (VolumePeriod? Period, bool Stated, double Confidence, int PeriodEnd) Find(SizingTurn turn, int index)
    {
        var counts = turn.Counts;
        var count = counts[index];
        if (count.Period is { } own)
        {
            return (own.Period, true, 1, own.End);
        }

        if (index + 1 < counts.Count && counts[index + 1].Period is { } next && SameSentence(turn, count, counts[index + 1])
            && counts[index + 1].Noun.Class is not (SizingNounClass.People or SizingNounClass.Role or SizingNounClass.OfUs)
            && Joined(turn.Text, count.PhraseEnd, counts[index + 1].First))
        {
            return (next.Period, true, 0.95, next.End);
        }

        if (index > 0 && counts[index - 1].Period is { } before && SameSentence(turn, counts[index - 1], count)
            && Joined(turn.Text, Math.Max(before.End, counts[index - 1].PhraseEnd), count.First))
        {
            return (before.Period, true, 0.9, count.PhraseEnd);
        }

        if (LaterInSentence(turn, index) is { } later)
        {
            return (later.Period, true, 0.8, later.End); // "about 25 of those and they renew once a year"
        }

        var question = turn.Question;
        if (question.Asks(SizingQuestionKind.Volume) && count.Noun.Class is SizingNounClass.Bare or SizingNounClass.Document or SizingNounClass.Proxy)
        {
            return question.Period is { } asked ? (asked, false, 0.9, count.PhraseEnd) : (VolumePeriod.Month, false, 0.5, count.PhraseEnd);
        }

        return (null, false, 0, count.PhraseEnd);
    }

    /// <summary>
    /// A period said later in the count's sentence, before any other number: "25 of those and they all renew once a
    /// year". Scans only up to the next count, so the turn is read once over.
    /// </summary>
    private static VolumePeriodMatch? LaterInSentence(SizingTurn turn, int index)
    {
        var count = turn.Counts[index];
        var stop = index + 1 < turn.Counts.Count ? turn.Counts[index + 1].First : turn.Text.Count;
        var sentence = turn.SentenceOf(count.First);
        for (var k = count.PhraseEnd; k < stop && turn.SentenceOf(k) == sentence; k++)
        {
            if (turn.Text[k].IsDigits)
            {
                return null;
            }

            if (VolumePeriodReader.At(turn.Text, k) is { } match)
            {
                return match;
            }
        }

        return null;
    }

    private static bool SameSentence(SizingTurn turn, SizingCount a, SizingCount b) => turn.SentenceOf(a.First) == turn.SentenceOf(b.First);

    private static bool Joined(TokenizedText text, int from, int to)
    {
        var sawJoin = false;
        for (var k = from; k < to; k++)
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
