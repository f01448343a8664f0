using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Volume;

/// <summary>
/// Volumes said as a list of document types, where the type may come before the amount: "proposals maybe 15 a
/// month, SOWs about six", "renewals are another forty on top of that", "engagement letters are fewer, about 200".
/// </summary>
internal static class VolumeListCues
{
    private const int LeadWindow = 7;

    private static readonly WordSet AddedBefore = new("another", "additional", "extra", "plus");
    private static readonly WordSet AddedAfter = new("more", "extra", "additional");
    private static readonly WordSet Parts = new("pages", "page", "signatures", "fields", "lines", "copies");

    /// <summary>"charges us per envelope, and at five thousand a month": a document word after these is a unit, not the type counted.</summary>
    private static readonly WordSet UnitLeads = new("per", "each", "every");

    /// <summary>
    /// The document noun said before a bare amount in its clause ("the NDAs another ten"), or -1. In a list of streams
    /// (<paramref name="orWhatMakesThem"/>) what makes paperwork leads too ("... fifteen a month. New clients, also maybe five").
    /// </summary>
    public static int LeadingDocument(SizingTurn turn, int index, bool orWhatMakesThem = false)
    {
        var text = turn.Text;
        var count = turn.Counts[index];
        var stop = 0;
        if (index > 0)
        {
            var previous = turn.Counts[index - 1];
            stop = Math.Max(previous.PhraseEnd, previous.Period?.End ?? 0);
        }

        var sentence = turn.SentenceOf(count.First);
        for (var k = count.First - 1; k >= Math.Max(stop, count.First - LeadWindow) && turn.SentenceOf(k) == sentence; k--)
        {
            if (text[k].IsDigits || text.In(k, SizingCues.ClauseBreaks) || VolumePeriodReader.At(text, k) is not null)
            {
                return -1;
            }

            if (((text.In(k, SizingNouns.Documents) && !text.In(k, Parts) && !text.In(k, VolumeCues.GenericDocuments))
                || (orWhatMakesThem && text.In(k, SizingNouns.Proxies))) && !text.In(k - 1, UnitLeads))
            {
                return k;
            }
        }

        return -1;
    }

    private const int SameAmountWindow = 6;
    private static readonly WordSet SameAmountNouns = new("number", "amount", "count");

    /// <summary>
    /// "eight proposals a month and about the same number of SOWs", "and as many contracts": another document type
    /// said at the amount just given. Returns that document's token, or -1. Stops at a number or the sentence end.
    /// </summary>
    public static int SameAmountOf(SizingTurn turn, int from)
    {
        var text = turn.Text;
        var sentence = turn.SentenceOf(Math.Max(0, from - 1));
        for (var k = from; k < Math.Min(text.Count, from + SameAmountWindow) && turn.SentenceOf(k) == sentence; k++)
        {
            if (text[k].IsDigits)
            {
                return -1;
            }

            var same = text.Is(k, "same") && text.In(k + 1, SameAmountNouns) && text.Is(k + 2, "of");
            var asMany = text.Is(k, "as") && text.Is(k + 1, "many");
            var document = same ? k + 3 : asMany ? k + 2 : -1;
            if (text.In(document, SizingNouns.Documents) && !text.In(document, VolumeCues.GenericDocuments))
            {
                return document;
            }
        }

        return -1;
    }

    /// <summary>The word that names the counted type: the noun, or for a generic one its modifier ("lease documents").</summary>
    public static string? TypeWord(TokenizedText text, SizingCount count)
    {
        if (count.Noun.Head < 0)
        {
            return null;
        }

        var head = text.Span(count.Noun.Head).ToString();
        return VolumeCues.GenericDocuments.Contains(head) && count.Noun.First < count.Noun.Head
            ? string.Concat(text.Span(count.Noun.Head - 1), " ", head)
            : head;
    }

    /// <summary>"another forty", "plus maybe 20", "ten more", "forty or so on top of that": more of something else.</summary>
    public static bool IsAdditive(SizingTurn turn, SizingCount count)
    {
        var text = turn.Text;
        var k = count.First - 1;
        for (var hedges = 0; hedges < 3 && text.In(k, SizingCues.Hedges); hedges++)
        {
            k--;
        }

        var periodEnd = count.Period?.End ?? count.PhraseEnd;
        if (text.In(k, AddedBefore) || text.In(count.PhraseEnd, AddedAfter) || text.In(periodEnd, AddedAfter))
        {
            return true; // "another forty", "ten more", "twenty a day more"
        }

        var sentence = turn.SentenceOf(count.First);
        var start = count.First - 1;
        while (start > 0 && count.First - start <= LeadWindow && turn.SentenceOf(start - 1) == sentence)
        {
            start--;
        }

        if (count.First - start <= LeadWindow && (text.In(start, AddedBefore) || (text.Is(start, "and") && text.Is(start + 1, "also"))))
        {
            return true; // "plus the quotes to clients, maybe twenty a day"
        }

        var end = Math.Min(text.Count, count.PhraseEnd + 5);
        for (var j = count.PhraseEnd; j < end && turn.SentenceOf(j) == turn.SentenceOf(count.First); j++)
        {
            if (text.Is(j, "on") && text.Is(j + 1, "top"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"sixty a term", "forty per class": an amount counted over a unit that is not a calendar period.</summary>
    public static bool HasOwnUnit(TokenizedText text, SizingCount count) =>
        count.IsDistributive || ((text.Is(count.PhraseEnd, "a") || text.Is(count.PhraseEnd, "an") || text.Is(count.PhraseEnd, "every")) && text.IsWord(count.PhraseEnd + 1));

    /// <summary>"call it thirty of each": the amount per type, restating a count already made.</summary>
    public static bool IsPerType(TokenizedText text, SizingCount count) =>
        count.Noun.Class == SizingNounClass.Bare && text.Is(count.PhraseEnd, "of") && text.Is(count.PhraseEnd + 1, "each");
}
