using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit;

/// <summary>
/// The document types the user sends. Left out: documents they say they do not send, someone else's documents
/// ("legal uses Ironclad for the big contracts"), the vendor contract they would sign to buy ("our CFO signs off on
/// the contract", "locked into an annual contract", "our DocuSign contract is up") and quotes they receive
/// ("procurement needs three quotes", "the renewal quote came back higher").
/// </summary>
internal static class UseCaseExtractor
{
    private static readonly string[] VendorContractModifiers =
    [
        "annual", "enterprise", "state", "existing", "current", "license", "licensing", "subscription", "master", "yearly",
        "renewal", "associate", "vendor's", "your", "multi", "year", "under",
        // "a data processing agreement": the compliance paper signed with the vendor.
        "processing",
    ];

    private static readonly string[] PayVerbs = ["pay", "paying", "payment"];

    private static readonly string[] Determiners = ["the", "a", "an", "our", "this", "that", "their", "your", "its"];

    private static readonly PhraseMatcher<bool> VendorDealCues = new(
        "sign off", "signs off", "signing off", "approve", "approves", "approved", "review", "reviews", "reviewing", "renew",
        "renews", "renewal", "locked", "cancel", "expire", "expires", "negotiate", "negotiated", "is up", "commit", "terms",
        "your", "pandadoc", "how long", "commitment", "minimum", "month to month", "lock", "will want", "send us", "send over",
        "security", "stuck", "tied", "until", "till", "runs through", "runs out", "signed a", "over to us", "to us", "over to me",
        "with them", "with you",
        // "the contract is finishing", "it ends in May": a term running out is the user's own purchase.
        "finishing", "finishes", "ending", "ends in", "ends on");

    private static readonly string[] ReceivedQuotes = [
        "procurement", "rfp", "vendor", "vendors", "bidders", "competing",
    ];
    private static readonly string[] BuyerParties = ["procurement", "rfp"];

    private static readonly string[] PricingAsk = [
        "me", "us", "get", "need", "pricing", "price", "exact", "give", "seats", "seat", "licenses", "users", "plan",
        "rough", "formal",
    ];

    // Onboarding new employees is HR paperwork; client and partner onboarding is onboarding.
    private static readonly string[] Employees = [
        "employee", "employees", "hire", "hires", "hiring", "staff", "recruits", "workers", "worker", "temp", "temps",
        "driver", "drivers",
    ];

    // "the order form for twelve seats", "the quote for our plan": the user's own purchase of PandaDoc.
    private static readonly string[] QuoteDeterminers = ["a", "an", "the"];

    // "the W-4, the direct deposit form": a form in the same sentence as new-hire paperwork is part of it.
    private static readonly PhraseMatcher<bool> HrContext = new("new hire", "new hires", "new employee", "new employees", "new starter", "new starters", "employees", "when they start", "new worker", "new workers", "new staff");

    // "every new worker must sign contract", "when new worker come we need contract": a bare contract a new member of
    // staff signs is the employment contract, HR paperwork.
    private static readonly PhraseMatcher<bool> NewStaff = new(
        "new hire", "new hires", "new employee", "new employees", "new starter", "new starters", "new worker", "new workers",
        "new staff", "new recruits", "new team members");

    private static readonly string[] BareContracts = ["contract", "contracts", "agreement", "agreements"];

    // "before we sign contract with you": the contract's other party is the vendor.
    private static readonly string[] VendorParties = ["you", "pandadoc", "panda"];

    public static IReadOnlyList<Extracted<string>> Extract(IReadOnlyList<TermHit> hits)
    {
        var found = new List<Extracted<string>>();
        var competitorEnds = CompetitorEndsByTurn(hits);
        var bidsAreProposals = ProposalRestatement.BidsAreProposals(hits);
        TermHit? previous = null;
        for (var index = 0; index < hits.Count; index++)
        {
            var hit = hits[index];
            if (hit.Kind != TermKind.UseCase)
            {
                continue;
            }

            var named = IsNamedForm(hit, previous);
            previous = hit;
            // A value already found keeps its first evidence: its later mentions need no reading.
            var value = (hit.Value == "onboarding" && CueText.HasWord(CueText.ClauseSpan(hit.Text, hit.Start), Employees)) || IsEmploymentContract(hit) ? "hr_documents" : hit.Value;
            if (found.Exists(e => e.Value == value) || named || ProposalRestatement.NamesProposal(hit, hits, index)
                || (bidsAreProposals && ProposalRestatement.IsBid(hit)) || IsInToolName(competitorEnds, hit))
            {
                continue;
            }

            if (Counts(hit, competitorEnds, hits))
            {
                found.Add(new Extracted<string>(value, hit.Entry.Words.Length > 1 ? 0.9 : 0.8, Evidence.Sentence(hit.Turn, hit.Start)));
            }
        }

        return found;
    }

    private static bool Counts(TermHit hit, Dictionary<object, int[]> competitorEnds, IReadOnlyList<TermHit> hits)
    {
        var text = hit.Text;
        if (Negation.IsNegated(text, hit.Start, hit.End) || ThirdPartySubject.Before(text, hit.Start))
        {
            return false;
        }

        return hit.Value switch
        {
            "contracts" => !IsVendorContract(hit, competitorEnds) && !IsRetainerFee(hit),
            "quotes" => !IsReceivedQuote(hit),
            "forms" => !IsBuyersPaperwork(hit) && !IsFormReference(hit) && !IsHrForm(hit, hits),
            "invoices" => !IsBilledInAnotherTool(hit, hits) && !IsVendorInvoice(hit, competitorEnds),
            _ => true,
        };
    }

    /// <summary>
    /// "a client onboarding form", "the photo release forms", "the consent questionnaire": a generic form word right
    /// after another document type names that document's form, not a separate use case.
    /// </summary>
    private static bool IsNamedForm(TermHit hit, TermHit? previous) =>
        hit.Value == "forms" && hit.Entry.Words.Length == 1 && previous is not null && previous.Value != "forms"
        && ReferenceEquals(previous.Turn, hit.Turn) && previous.End <= hit.Start && WordsBetween(hit.Text, previous.End, hit.Start, 1) == 0;

    /// <summary>"procurement needs a vendor form", "the RFP questionnaire": paperwork their buyers send them.</summary>
    private static bool IsBuyersPaperwork(TermHit hit) =>
        CueText.HasWord(CueText.ClauseSpan(hit.Text, hit.Start), BuyerParties) || WordScan.AnyBefore(hit.Text, hit.Start, ["vendor", "supplier"], 1);

    /// <summary>"can they see the form in Spanish?": the bare singular "the form" points back at a document already named.</summary>
    private static bool IsFormReference(TermHit hit) =>
        hit.Entry.Phrase == "form" && WordScan.AnyBefore(hit.Text, hit.Start, ["the"], 1);

    /// <summary>A form named beside new-hire paperwork ("W-4, I-9, the direct deposit form") is part of that paperwork.</summary>
    private static bool IsHrForm(TermHit hit, IReadOnlyList<TermHit> hits)
    {
        var (start, end) = SentenceBounds.Around(hit.Text, hit.Start);
        if (HrContext.In(hit.Text.AsSpan(start, end - start)))
        {
            return true;
        }

        return hits.Any(h => h.Kind == TermKind.UseCase && h.Value == "hr_documents" && ReferenceEquals(h.Turn, hit.Turn) && h.Start >= start && h.End <= end);
    }

    /// <summary>"QuickBooks for invoicing", "my invoicing runs through Stripe": invoices another tool sends.</summary>
    private static bool IsBilledInAnotherTool(TermHit hit, IReadOnlyList<TermHit> hits)
    {
        var (start, end) = CueText.Clause(hit.Text, hit.Start);
        return hits.Any(h => h.Kind == TermKind.Integration && ReferenceEquals(h.Turn, hit.Turn) && h.Start >= start && h.End <= end);
    }

    /// <summary>
    /// "can I pay with invoice", "pay per invoice", "our current DocuSign invoice": paying for the product, not the
    /// invoices the user sends.
    /// </summary>
    private static bool IsVendorInvoice(TermHit hit, Dictionary<object, int[]> competitorEnds) =>
        WordScan.AnyBefore(hit.Text, hit.Start, PayVerbs, 3)
        || (NearestCompetitorEnd(competitorEnds, hit) is { } end && WordsBetween(hit.Text, end, hit.Start, 1) == 0);

    private static bool IsEmploymentContract(TermHit hit)
    {
        if (hit.Value != "contracts" || Array.IndexOf(BareContracts, hit.Entry.Phrase) < 0)
        {
            return false;
        }

        var (start, _) = SentenceBounds.Around(hit.Text, hit.Start);
        return NewStaff.In(hit.Text.AsSpan(start, hit.Start - start));
    }

    private static bool IsWithVendor(TermHit hit)
    {
        var (start, end) = WordScan.Next(hit.Text, hit.End, out var crossed);
        if (start < 0 || crossed || !WordScan.EqualsWord(hit.Text.AsSpan(start, end - start), "with"))
        {
            return false;
        }

        (start, end) = WordScan.Next(hit.Text, end, out crossed);
        return start >= 0 && !crossed && WordScan.IsAny(hit.Text.AsSpan(start, end - start), VendorParties);
    }

    private static bool IsVendorContract(TermHit hit, Dictionary<object, int[]> competitorEnds)
    {
        var text = hit.Text;
        if (hit.Entry.Phrase is "contract" or "agreement" && IsWithVendor(hit))
        {
            return true;
        }

        if (NearestCompetitorEnd(competitorEnds, hit) is { } end && WordsBetween(text, end, hit.Start, 2) <= 1)
        {
            return true; // "our DocuSign contract", "the Adobe contract"
        }

        if (WordScan.AnyBefore(text, hit.Start, VendorContractModifiers, 2))
        {
            return true;
        }

        var singular = hit.Entry.Phrase is "contract" or "agreement" or "msa";
        return singular && WordScan.AnyBefore(text, hit.Start, Determiners, 1) && VendorDealCues.In(CueText.ClauseSpan(text, hit.Start));
    }

    /// <summary>
    /// "better proposals the british one": a document word that ends a tool's name (the competitor term ends where it
    /// does) is part of the name, not a document the user sends.
    /// </summary>
    private static bool IsInToolName(Dictionary<object, int[]> competitorEnds, TermHit hit) =>
        competitorEnds.TryGetValue(hit.Turn, out var ends) && Array.BinarySearch(ends, hit.End) >= 0;

    // "the monthly retainer", "a retainer fee", "clients on retainer": the retainer as a fee, not the agreement.
    private static readonly string[] FeePeriods = ["monthly", "weekly", "hourly", "quarterly", "on"];
    private static readonly string[] FeeNouns = ["fee", "fees", "basis", "amount", "amounts", "payment", "payments"];

    private static bool IsRetainerFee(TermHit hit)
    {
        if (hit.Entry.Phrase is not ("retainer" or "retainers"))
        {
            return false;
        }

        var (start, end) = WordScan.Next(hit.Text, hit.End, out var crossed);
        return WordScan.AnyBefore(hit.Text, hit.Start, FeePeriods, 1)
            || (start >= 0 && !crossed && WordScan.IsAny(hit.Text.AsSpan(start, end - start), FeeNouns));
    }

    private static bool IsReceivedQuote(TermHit hit)
    {
        var clause = CueText.ClauseSpan(hit.Text, hit.Start);
        if (CueText.HasWord(clause, ReceivedQuotes) || WordScan.AnyBefore(hit.Text, hit.Start, VendorContractModifiers, 1))
        {
            return true;
        }

        return hit.Entry.Phrase is "quote" or "order form" && WordScan.AnyBefore(hit.Text, hit.Start, QuoteDeterminers, 2) && CueText.HasWord(clause, PricingAsk);
    }

    // The ends of the competitors named in each turn, sorted, so each contract looks up its nearest one instead of
    // testing every competitor of the turn (quadratic on a long turn).
    private static Dictionary<object, int[]> CompetitorEndsByTurn(IReadOnlyList<TermHit> hits) =>
        hits.Where(h => h.Kind == TermKind.Competitor)
            .GroupBy(h => (object)h.Turn, ReferenceEqualityComparer.Instance)
            .ToDictionary(g => g.Key, g => g.Select(h => h.End).Order().ToArray(), ReferenceEqualityComparer.Instance);

    // The latest competitor end at or before the hit: the fewest words lie between it and the hit.
    private static int? NearestCompetitorEnd(Dictionary<object, int[]> competitorEnds, TermHit hit)
    {
        if (!competitorEnds.TryGetValue(hit.Turn, out var ends))
        {
            return null;
        }

        var index = Array.BinarySearch(ends, hit.Start);
        index = index >= 0 ? index : ~index - 1;
        return index >= 0 ? ends[index] : null;
    }

    /// <summary>Words between <paramref name="from"/> and <paramref name="to"/>, counting no further than <paramref name="max"/>.</summary>
    private static int WordsBetween(string text, int from, int to, int max)
    {
        var count = 0;
        var index = from;
        while (count < max)
        {
            var (start, end) = WordScan.Next(text, index, out _);
            if (start < 0 || start >= to)
            {
                return count;
            }

            count++;
            index = end;
        }

        return count;
    }
}
