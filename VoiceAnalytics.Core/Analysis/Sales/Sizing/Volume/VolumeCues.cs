using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Volume;

/// <summary>Cues around a volume: prices, averages, totals, corrections, per-person amounts, and "and" between amounts.</summary>
internal static class VolumeCues
{
    public static readonly WordSet Prices = new(
        "cost", "costs", "costing", "price", "priced", "pricing", "pay", "paying", "paid", "charge", "charges",
        "charged", "charging", "spend", "spending", "budget", "fee", "fees", "bill", "billed", "$", "plan", "seat",
        // what money is called when it is earned or owed, not paid for the product ("our average retainer is around 12k
        // a month", "revenue is about 80k a month", "salaries run 40k a month"): an amount of money, never a document
        // count. Only the singular "retainer": "new retainers, twenty a month" counts retainer agreements.
        "retainer", "revenue", "revenues", "salary", "salaries", "wage", "wages", "income", "turnover", "arr", "mrr",
        "profit", "profits", "margin", "margins", "payroll", "worth", "value", "valued");

    public static readonly WordSet Averages = new(
        "average", "averages", "averaging", "typically", "typical", "usually", "usual", "normally", "normal",
        "generally", "regular", "regularly", "standard", "baseline", "mostly");

    public static readonly WordSet Seasons = new(
        "season", "seasons", "seasonal", "summer", "winter", "spring", "fall", "autumn", "peak", "busy", "busier",
        "slow", "slower", "holidays", "holiday", "sometimes", "rush", "crazy");

    public static readonly WordSet TotalsBefore = new("so", "total", "altogether", "overall", "combined", "that's", "thats");

    public static readonly WordSet TotalsAfter = new("total", "altogether", "combined", "overall", "all-in");

    public static readonly WordSet Corrections = new("actually", "mean", "correction", "sorry", "wait", "rather", "scratch");

    public static readonly WordSet Connectors = new(
        "and", "plus", "&", "another", "then", "also", "with", "maybe", "about", "around", "like", "roughly",
        "probably", "some", "other", "the", "or");

    /// <summary>Generic document words: a volume of these is a total, not one document type.</summary>
    public static readonly WordSet GenericDocuments = new(
        "documents", "document", "docs", "doc", "paperwork", "files", "pdfs", "envelopes", "sends", "signatures",
        "things", "ones", "packets", "packages", "papers", "packs");

    private static readonly WordSet Pronouns = new("they", "we", "you", "them", "us");

    public static readonly WordSet PerPerson = new(
        "person", "rep", "agent", "user", "head", "advisor", "recruiter", "salesperson", "seller", "officer",
        "member", "employee", "engineer", "attorney", "lawyer", "broker", "realtor", "manager", "coordinator",
        "producer", "dispatcher", "planner", "processor", "associate", "consultant", "designer", "paralegal", "estimator",
        "csr", "underwriter", "adjuster", "seller", "salesman", "closer", "teacher", "counselor", "therapist");

    /// <summary>Verbs that say a person's own output: "each one sends 2 a day" counts per person, "each one signs" per unit.</summary>
    private static readonly WordSet SenderVerbs = new("sends", "send", "does", "writes", "issues", "handles", "creates", "puts", "pushes");

    /// <summary>Whether a price word sits just before the count ("it costs 40 a month", "we pay about 30 a seat").</summary>
    public static bool IsPrice(TokenizedText text, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 4) && !text.IsSentenceEnd(k); k--)
        {
            if ((text.In(k, Prices) && !IsWorkVerb(text, k)) || text.IsSymbol(k, '$'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"we'd price maybe fifteen jobs a week": a price word used as the subject's verb names work done, not a cost.</summary>
    private static bool IsWorkVerb(TokenizedText text, int k) =>
        text.In(k, PricingVerbs) && (text.In(k - 1, Subjects) || (text.In(k - 1, Modals) && text.In(k - 2, Subjects)));

    private static readonly WordSet PricingVerbs = new("price", "bid");
    private static readonly WordSet Subjects = new("we", "i", "we'd", "i'd", "they", "we'll", "i'll");
    private static readonly WordSet Modals = new("usually", "typically", "probably", "normally", "would", "might", "will", "could");

    /// <summary>"each rep sends about 10 a week", "10 a week per person", "10 apiece".</summary>
    public static bool IsPerPerson(SizingTurn turn, SizingCount count, int periodEnd)
    {
        var text = turn.Text;
        var sentence = turn.SentenceOf(count.First);
        // "each one sends, I don't know, 2 a day": a spoken hedge may stand between the sender and the amount
        for (var k = count.First - 1; k >= Math.Max(0, count.First - 10) && turn.SentenceOf(k) == sentence; k--)
        {
            if (text.Is(k, "each") && text.Is(k + 1, "one") && text.In(k + 2, SenderVerbs))
            {
                return true; // "my dispatchers, six of them. each one sends about 2 a day"
            }

            if (k < count.First - 6)
            {
                continue;
            }

            var eachPerson = text.In(k + 1, PerPerson) || text.Is(k + 1, "of") || text.In(k + 2, PerPerson)
                || (text.Is(k, "each") && (text.In(k - 1, Pronouns) || text.In(k - 1, SizingNouns.Roles))); // "they each send 20"
            if ((text.Is(k, "each") || text.Is(k, "every")) && eachPerson)
            {
                return true;
            }
        }

        if (PerPersonNextSentence(turn, sentence, Math.Max(count.PhraseEnd, periodEnd)))
        {
            return true; // "maybe 2 a day. each producer, I mean."
        }

        for (var k = count.PhraseEnd; k < periodEnd + 2 && k < text.Count; k++)
        {
            if ((text.Is(k, "per") || text.Is(k, "a") || text.Is(k, "each")) && text.In(k + 1, PerPerson))
            {
                return true; // "five documents per agent per month", "10 a week per rep"
            }
        }

        return text.Is(periodEnd, "apiece") || text.Is(periodEnd, "each");
    }

    /// <summary>The next sentence opens with "each rep", "per agent": it says the amount before it was per person.</summary>
    private static bool PerPersonNextSentence(SizingTurn turn, int sentence, int from)
    {
        var text = turn.Text;
        var k = from;
        while (k < text.Count && turn.SentenceOf(k) == sentence && k < from + 4)
        {
            k++;
        }

        return turn.SentenceOf(k) == sentence + 1 && (text.Is(k, "each") || text.Is(k, "per")) && text.In(k + 1, PerPerson);
    }

    /// <summary>
    /// Whether an average cue belongs to this count: in its clause with no other count between ("eighty in summer,
    /// twenty in winter, so on average I'd say fifty" makes only the fifty the average).
    /// </summary>
    public static bool IsAverageOf(SizingTurn turn, int index)
    {
        var counts = turn.Counts;
        var count = counts[index];
        var segment = turn.SegmentOf(count.First);
        var from = index > 0 ? counts[index - 1].End : 0;
        var to = index + 1 < counts.Count ? counts[index + 1].First : turn.Text.Count;
        for (var k = count.First - 1; k >= from && turn.SegmentOf(k) == segment; k--)
        {
            if (turn.Text.In(k, Averages))
            {
                return true;
            }
        }

        // A cue after the count is its own unless it sits nearer the next count ("twenty in winter, so on average fifty").
        var end = Math.Max(count.PhraseEnd, count.Period?.End ?? 0);
        var nextInClause = index + 1 < counts.Count && turn.SegmentOf(to) == segment;
        for (var k = count.End; k < to && turn.SegmentOf(k) == segment; k++)
        {
            if (turn.Text.In(k, Averages))
            {
                return !nextInClause || k - end < to - k;
            }
        }

        return false;
    }

    /// <summary>Whether one of the words is in the clause holding the token ("but on average about 30" is its own clause).</summary>
    public static bool InClause(SizingTurn turn, int token, WordSet words)
    {
        var segment = turn.SegmentOf(token);
        var k = token;
        while (k > 0 && turn.SegmentOf(k - 1) == segment)
        {
            k--;
        }

        for (; k < turn.Text.Count && turn.SegmentOf(k) == segment; k++)
        {
            if (turn.Text.In(k, words))
            {
                return true;
            }
        }

        return false;
    }
}
