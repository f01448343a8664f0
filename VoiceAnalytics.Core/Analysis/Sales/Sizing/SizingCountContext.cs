using VoiceAnalytics.Core.Analysis.Sales.Sizing.Volume;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing;

/// <summary>Reads what surrounds a count: its period ("30 a week", "each month, about 40"), summary and distributive cues.</summary>
internal static class SizingCountContext
{
    private const int PeriodWindowAfter = 4;
    private const int PeriodWindowBefore = 9; // "per quarter all documents together it is around 900"

    private static readonly WordSet PeriodFillers = new(
        "we", "i", "they", "send", "sends", "sent", "do", "does", "did", "get", "gets", "got", "process", "handle",
        "it's", "it", "is", "there's", "there", "are", "out", "go", "goes", "would", "i'd", "we'd", "typically",
        "usually", "normally", "on", "average", "we're", "looking", "that's", "its", "sign", "close", "need",
        // progressive verbs ("per day we are doing fifteen"), speech-to-text without apostrophes ("id say forty"),
        // and the generic paperwork the period is about ("per quarter all documents together it is around 900")
        "doing", "sending", "signing", "processing", "handling", "issuing", "getting", "have", "has", "id", "ive",
        "weve", "all", "together", "documents", "docs", "paperwork", "contracts", "in",
        // the past period's own tense ("last year we had around 180", "last month it was about 40")
        "had", "was", "were");

    private static readonly WordSet DistributiveWords = new("each", "per", "apiece");

    /// <param name="numberEnds">True at the token just past any number (of any kind) in the turn.</param>
    public static void Describe(SizingTurn turn, SizingCount count, bool[] numberEnds)
    {
        count.Period = PeriodAfter(turn, count) ?? PeriodBefore(turn, count, numberEnds);
        count.IsSummary = SummaryBefore(turn.Text, count.First);
        var after = count.PhraseEnd;
        count.IsDistributive = turn.Text.In(after, DistributiveWords)
            || ((turn.Text.Is(after, "at") || turn.Text.Is(after, "in") || turn.Text.Is(after, "for")) && turn.Text.Is(after + 1, "each"));
    }

    /// <summary>A summary word before the count, past any hedges: "so eight people", "that's about a dozen".</summary>
    public static bool SummaryBefore(TokenizedText text, int first)
    {
        var k = first - 1;
        for (var hedges = 0; hedges < 3 && text.In(k, SizingCues.Hedges); hedges++)
        {
            k--;
        }

        // "so eight", "that is nine", "call it forty": the speaker sums up.
        return text.In(k, SizingCues.Summaries) || (text.Is(k, "is") && text.Is(k - 1, "that")) || (text.Is(k, "it") && text.Is(k - 1, "call"));
    }

    private static VolumePeriodMatch? PeriodAfter(SizingTurn turn, SizingCount count)
    {
        var from = count.PhraseEnd;
        var sentence = turn.SentenceOf(count.First);
        for (var k = from; k < Math.Min(turn.Text.Count, from + PeriodWindowAfter) && turn.SentenceOf(k) == sentence; k++)
        {
            if (turn.Text[k].IsDigits || (k > from && turn.Text.IsSymbol(k, ',')))
            {
                break; // another number, or the next clause
            }

            if (VolumePeriodReader.At(turn.Text, k) is { } match)
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>"every month we send about 40": a period that opens the clause the count is in.</summary>
    private static VolumePeriodMatch? PeriodBefore(SizingTurn turn, SizingCount count, bool[] numberEnds)
    {
        var sentence = turn.SentenceOf(count.First);
        for (var k = count.First - 1; k >= Math.Max(0, count.First - PeriodWindowBefore) && turn.SentenceOf(k) == sentence; k--)
        {
            if (turn.Text[k].IsDigits)
            {
                return null;
            }

            if (numberEnds[k])
            {
                // "every two weeks we do about 30": the number is inside the period phrase itself.
                return k >= 2 && VolumePeriodReader.At(turn.Text, k - 2) is { } own && own.End == k + 1 && OnlyFillers(turn.Text, own.End, count.First)
                    ? own
                    : null; // that period belongs to the number before it ("30 a week, 40 in summer")
            }

            if (VolumePeriodReader.At(turn.Text, k) is { } match && match.End <= count.First && OnlyFillers(turn.Text, match.End, count.First))
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>"every month we send about 40": only a subject, a verb and hedges between the period and the count.</summary>
    private static bool OnlyFillers(TokenizedText text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var thenSo = text.Is(k, "so") && text.IsSymbol(k - 1, ','); // "once a year, so 350 of those"
            if (!text.In(k, PeriodFillers) && !text.In(k, SizingCues.Hedges) && !text.IsSymbol(k, ',') && !thenSo)
            {
                return false; // "a week, each deal is one contract": the period is not about this count
            }
        }

        return true;
    }
}
