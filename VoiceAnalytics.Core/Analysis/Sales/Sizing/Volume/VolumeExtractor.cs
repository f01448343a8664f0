using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Volume;

/// <summary>
/// Finds the document volumes the user states: a count of paperwork (or of what makes paperwork: clients, deals,
/// events) with a period ("30 a week", "about 3,000 a year", "each month we send 40"), a period shared by joined
/// amounts ("40 proposals and 20 contracts a month"), or the period of the assistant's question.
/// </summary>
internal static class VolumeExtractor
{
    public static List<VolumeCandidate> Candidates(IReadOnlyList<SizingTurn> turns, int? teamSize)
    {
        var candidates = new List<VolumeCandidate>();
        double? places = null; // the last number of offices or stores the user gave, for "each office does 40 a week"
        for (var t = 0; t < turns.Count; t++)
        {
            var turn = turns[t];
            if (turn.Counts.Count == 0)
            {
                continue; // no amount and no places: skip reading the turn for per-unit statements
            }

            places = VolumePerPlace.PlacesIn(turn) ?? places;
            var perUnit = DocumentsPerUnit.Read(turn);
            var unitSentence = perUnit is { } said ? UnitSentence(turn, said.First) : -1;
            VolumeCandidate? previous = null;
            StatedAmount? stated = null;
            for (var i = 0; i < turn.Counts.Count; i++)
            {
                var first = turn.Counts[i].First;
                // "each one's a quote and an invoice, so two documents": parts of the statement; but a count with a
                // calendar period of its own sums the units up ("every unit signs a lease or a renewal, so that's 900 a year").
                if (perUnit is { } inside && first >= inside.First && first < inside.End && turn.Counts[i].Period is null)
                {
                    continue;
                }

                // "each one gets the agreement and the form" multiplies the units it refers to, not every count before it.
                var multiplier = perUnit is { } unit && first < unit.First && turn.SentenceOf(first) == unitSentence ? unit.Multiplier : 1;
                if (Read(turn, i, t, teamSize, previous, multiplier, stated, places) is { } candidate)
                {
                    candidates.Add(candidate);
                    previous = candidate;
                    if (SameAmountFor(turn, i, candidate) is { } twin)
                    {
                        candidates.Add(twin);
                        previous = twin;
                    }

                    if (candidate.Mention.PeriodStated && VolumePeriod.Named(candidate.Mention.Period) is { } period)
                    {
                        stated = new StatedAmount(turn.Counts[i].Value, period, Math.Max(turn.Counts[i].PhraseEnd, turn.Counts[i].Period?.End ?? 0));
                    }
                }
            }
        }

        return candidates;
    }

    /// <summary>The count repeats the quantity of the amount said earlier in the turn with its own period.</summary>
    private static bool Restates(StatedAmount? earlier, SizingCount count) =>
        earlier is { } said && count.First >= said.End && Math.Abs(said.Quantity - count.Value) < 0.5;

    /// <summary>An amount said earlier in the turn with its own period, which a later correction may revise.</summary>
    private readonly record struct StatedAmount(double Quantity, VolumePeriod Period, int End);

    private static VolumeCandidate? Read(SizingTurn turn, int index, int turnIndex, int? teamSize, VolumeCandidate? previous, int documentsPerUnit, StatedAmount? earlier, double? places)
    {
        var count = turn.Counts[index];
        var text = turn.Text;
        var kind = PaperworkKind(text, count);
        if (count.IsConsumed || kind is null || VolumeCues.IsPrice(text, count.First) || count.Value <= 0 || VolumeListCues.IsPerType(text, count)
            || VolumePeopleCounts.CountsPeople(turn, index) || Headcount.HeadcountClauses.IsDatedNotRate(turn, count))
        {
            return null;
        }

        var inList = previous is { Mention.PeriodStated: true } && previous.Turn == turnIndex; // an earlier stream of this turn gave its period
        var lead = count.Noun.Class == SizingNounClass.Bare ? VolumeListCues.LeadingDocument(turn, index, inList) : -1;
        kind = lead < 0 ? kind : text.In(lead, SizingNouns.Documents) ? SizingNounClass.Document : SizingNounClass.Proxy;
        var (period, stated, periodConfidence, periodEnd) = VolumePeriodOf.Find(turn, index);
        if (!stated && period is not null && count.IsDistributive)
        {
            return null; // "about sixty per term": counted over a unit of its own, not the question's month
        }

        if (!stated && lead >= 0 && !VolumeListCues.HasOwnUnit(text, count) && previous is { Mention.PeriodStated: true } && previous.Turn == turnIndex
            && VolumePeriod.Named(previous.Mention.Period) is { } shared && previous.Head != text.Span(lead).ToString())
        {
            (period, stated, periodConfidence) = (shared, true, 0.85); // "proposals maybe 15 a month, SOWs about six"
        }

        // "about 120 a month, no wait, that was last year, it's closer to ninety now": the revised amount keeps the
        // period of the amount it corrects, and wins as a correction. "every day around thirty, some days more, but
        // thirty is normal": the same amount said again without a period of its own restates the earlier one, over the
        // earlier period rather than the question's (a restatement the question gives no period is not made a new
        // amount: "twenty jobs a month so twenty" may answer for another type).
        var revises = earlier is { } corrected && VolumeMentionCues.RevisesEarlier(turn, corrected.End, index, corrected.Quantity);
        if (!stated && (revises || (period is not null && Restates(earlier, count))))
        {
            (period, stated, periodConfidence) = (earlier!.Value.Period, true, 0.85);
        }

        if (period is null)
        {
            return null;
        }

        var perMonth = count.Value * period.PerMonth * documentsPerUnit; // "700 rentals a year, each one's an agreement plus a waiver"
        var confidence = BaseConfidence(kind.Value, turn.Question.Asks(SizingQuestionKind.Volume)) * periodConfidence
            * (0.75 + (0.25 * count.Number.Confidence)) * (turn.IsQuestionSentence(count.First) ? 0.6 : 1);
        if (VolumeCues.IsPerPerson(turn, count, periodEnd))
        {
            perMonth *= teamSize ?? 1; // "each rep sends about 10 a week"
            confidence *= teamSize is null ? 0.4 : 0.7;
        }
        else if (places is { } placeCount && VolumePerPlace.IsPerPlace(turn, count, periodEnd))
        {
            perMonth *= placeCount; // "we run three offices" ... "each office does about forty a week"
        }

        var head = lead >= 0 ? text.Span(lead).ToString() : VolumeListCues.TypeWord(text, count);
        if (head is null && kind == SizingNounClass.Bare && turn.Question.Asks(SizingQuestionKind.Volume) && turn.Question.Document is { } asked)
        {
            (head, kind) = (asked, SizingNounClass.Document); // "how many quotes go out?" "about four a day": the bare answer counts quotes
        }

        var sentence = turn.SentenceOf(count.First);
        var mention = new VolumeMention(
            count.Value,
            count.Number.Low,
            count.Number.High,
            period.Name,
            stated,
            lead >= 0 ? text.Span(lead).ToString() : count.Noun.Head >= 0 ? turn.Turn.Text[text[count.Noun.First].Start..text[count.Noun.End - 1].End] : null,
            (int)Math.Round(perMonth, MidpointRounding.AwayFromZero),
            VolumeCues.IsAverageOf(turn, index),
            VolumeMentionCues.IsTotal(turn, count, periodEnd),
            Math.Round(Math.Clamp(confidence, 0, 1), 2),
            turn.EvidenceAt(count.First));
        var coordinated = previous is not null && previous.Turn == turnIndex && previous.Sentence == sentence
            && !mention.IsTotal && VolumeMentionCues.Coordinated(text, turn.Counts, index);
        var isCorrection = count.Number.IsCorrected || revises || VolumeMentionCues.CorrectionBefore(turn, count.First);
        var isDocument = kind == SizingNounClass.Document && head is not null && !VolumeCues.GenericDocuments.Contains(head);
        var seasonal = VolumeCues.InClause(turn, count.First, VolumeCues.Seasons);
        var additive = previous is not null && previous.Turn == turnIndex && VolumeListCues.IsAdditive(turn, count);
        var isProxy = kind == SizingNounClass.Proxy && head is not null;
        return new VolumeCandidate(mention, perMonth, turnIndex, sentence, head, isDocument, coordinated, isCorrection, seasonal, turn.Question.Asks(SizingQuestionKind.Volume), additive, isProxy);
    }

    /// <summary>"eight proposals a month and about the same number of SOWs": the second type at the same amount, added.</summary>
    private static VolumeCandidate? SameAmountFor(SizingTurn turn, int index, VolumeCandidate candidate)
    {
        var count = turn.Counts[index];
        if (candidate.Head is null || !candidate.Mention.PeriodStated)
        {
            return null;
        }

        var document = VolumeListCues.SameAmountOf(turn, Math.Max(count.PhraseEnd, count.Period?.End ?? 0));
        var head = document >= 0 ? turn.Text.Span(document).ToString() : null;
        return head is null || head == candidate.Head
            ? null
            : candidate with { Head = head, IsDocument = true, Additive = true, Mention = candidate.Mention with { DocumentType = head, IsTotal = false } };
    }

    /// <summary>The sentence of the last count before a per-unit statement: the units "each one" refers to.</summary>
    private static int UnitSentence(SizingTurn turn, int statementFirst)
    {
        var sentence = -1;
        foreach (var count in turn.Counts)
        {
            if (count.First < statementFirst)
            {
                sentence = turn.SentenceOf(count.First);
            }
        }

        return sentence;
    }

    /// <summary>The count's paperwork class, or null when it counts something else (people, hours, offices).</summary>
    private static SizingNounClass? PaperworkKind(TokenizedText text, SizingCount count) => count.Noun.Class switch
    {
        SizingNounClass.Role when count.Noun.Guessed => SizingNounClass.Other, // a role read from the word's form may be a thing
        SizingNounClass.Document or SizingNounClass.Proxy or SizingNounClass.Bare or SizingNounClass.Other => count.Noun.Class,
        SizingNounClass.Role when text.In(count.Noun.Head, SizingNouns.Proxies) && count.Period is not null => SizingNounClass.Proxy,
        _ => null,
    };

    private static double BaseConfidence(SizingNounClass kind, bool answersQuestion) => kind switch
    {
        SizingNounClass.Document => answersQuestion ? 0.9 : 0.85,
        SizingNounClass.Bare => answersQuestion ? 0.85 : 0.6,
        SizingNounClass.Proxy => answersQuestion ? 0.82 : 0.72,
        _ => answersQuestion ? 0.65 : 0.5,
    };
}
