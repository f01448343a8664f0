using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal.People;

/// <summary>
/// Budget authority from what the user says about the decision. Someone else deciding ("not my call", "my COO makes
/// the call", "I'll recommend it") makes the user an influencer; a required sign-off ("our CFO has to approve")
/// makes it needs_approval; "it's my call" makes a decision maker, and owning the business or asking how to pay hints at one.
/// </summary>
internal static class AuthorityExtractor
{
    public static Extracted<string>? Extract(Conversation conversation, IReadOnlyList<ScannedTurn> turns)
    {
        var (decider, denial, weak) = FindDeciders(turns);
        if (decider is not null)
        {
            return new Extracted<string>(AuthorityLevels.Influencer, 0.8, decider);
        }

        // Only a denial ("not my decision", "not me"): it says who does not decide, not that the user recommends, so a
        // sign-off the user must get ("the partners vote on it", "I'd need their sign-off") makes it needs_approval.
        var notMe = denial is not null
            ? new Extracted<string>(AuthorityLevels.Influencer, 0.8, denial)
            : AuthorityAnswer.Find(conversation, turns, AuthorityLevels.Influencer);
        if (notMe is not null)
        {
            return ApprovalGate(turns) is { } signOff
                ? new Extracted<string>(AuthorityLevels.NeedsApproval, 0.75, signOff)
                : notMe;
        }

        // Only whose budget it is ("it's his budget"): with a sign-off the user must get, the user needs approval.
        if (weak is { } notMine)
        {
            return ApprovalGate(turns) is { } gate
                ? new Extracted<string>(AuthorityLevels.NeedsApproval, 0.7, gate)
                : new Extracted<string>(AuthorityLevels.Influencer, 0.75, notMine);
        }

        // A spending limit the purchase stays under ("anything over 10k goes to the CFO, this wouldn't be close").
        if (Find(turns, AuthorityClauses.ThresholdCue, negationReach: 0) is not null
            && DealCues.FirstEvidence(turns, AuthorityClauses.UnderThresholdCue, (text, m) => !IsWished(text, m.Index)) is { } under)
        {
            return new Extracted<string>(AuthorityLevels.DecisionMaker, 0.75, under);
        }

        var (firmApproval, consultApproval) = FindApprovals(turns);
        var approval = firmApproval
            ?? Find(turns, AuthorityClauses.JointDecisionCue, negationReach: 2)
            ?? Find(turns, AuthorityClauses.ApproverActsCue, negationReach: 2)
            ?? Find(turns, AuthorityClauses.ApproverMustActCue, negationReach: 2)
            ?? SignOffNeeded(turns);
        if (approval is not null)
        {
            return new Extracted<string>(AuthorityLevels.NeedsApproval, 0.8, approval);
        }

        if ((Find(turns, AuthorityCues.DecisionMakerCue, negationReach: 2) ?? Find(turns, AuthorityClauses.SelfDecidesCue, negationReach: 2)
            ?? Find(turns, AuthorityIdioms.OwnMoneyCue, negationReach: 2)) is { } decides)
        {
            return new Extracted<string>(AuthorityLevels.DecisionMaker, 0.85, decides);
        }

        // Waiting for the next budget ("we need wait the new budget in january"): the money is someone else's to release.
        if (Find(turns, AuthorityIdioms.BudgetCycleCue, negationReach: 2) is { } cycle)
        {
            return new Extracted<string>(AuthorityLevels.NeedsApproval, 0.65, cycle);
        }

        if (AuthorityAnswer.Find(conversation, turns, AuthorityLevels.DecisionMaker) is { } onlyMe)
        {
            return onlyMe;
        }

        // Naming someone else when asked who decides ("ultimately the owner", "that would be our COO").
        if (AuthorityAnswer.NamedRole(conversation, turns) is { } named)
        {
            return named;
        }

        // Consulting someone ("I'll run it by my partner", "I'll discuss it with my boss") needs approval only when
        // the user never says they decide.
        if ((consultApproval ?? Find(turns, AuthorityClauses.ConsultCue, negationReach: 2)) is { } consult)
        {
            return new Extracted<string>(AuthorityLevels.NeedsApproval, 0.7, consult);
        }

        if (Find(turns, AuthorityCues.OwnerCue, negationReach: 2) is { } owner)
        {
            return new Extracted<string>(AuthorityLevels.DecisionMaker, 0.6, owner);
        }

        // Asking how to pay, with nobody else named in the decision: the user is the buyer ("how do I upgrade").
        return PurchaseQuestion.First(turns) is { } buys
            ? new Extracted<string>(AuthorityLevels.DecisionMaker, 0.55, buys)
            : null;
    }

    /// <summary>
    /// Staying under the limit said as a wish, not a fact: "I'd like to stay under that if I can", "hoping to keep it
    /// below that". The limit still applies, so the sign-off past it is what the user may need.
    /// </summary>
    private static bool IsWished(string text, int index)
    {
        var clause = DealText.ClauseStart(text, index);
        var lead = text.AsSpan(clause, index - clause);
        // "I'd like" with either apostrophe or none ("id like"); a bare "d like" would also take "and like".
        return lead.Contains("'d like", StringComparison.OrdinalIgnoreCase) || lead.Contains("’d like", StringComparison.OrdinalIgnoreCase)
            || lead.StartsWith("id like", StringComparison.OrdinalIgnoreCase) || lead.Contains(" id like", StringComparison.OrdinalIgnoreCase)
            || lead.Contains("would like", StringComparison.OrdinalIgnoreCase) || HasWish(text, clause, index);
    }

    private static bool HasWish(string text, int start, int end)
    {
        for (var cursor = end; DealText.PreviousWord(text, cursor) is { } word && word.Start >= start; cursor = word.Start)
        {
            if (DealText.IsAny(text.AsSpan(word.Start, word.End - word.Start), Wishes))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Wishes = ["hope", "hoping", "hopefully", "try", "trying", "ideally", "want", "wanna", "prefer", "aim", "aiming"];

    /// <summary>Whether the money is there: "available", "constrained", or null when the budget never came up.</summary>
    public static Extracted<string>? Budget(IReadOnlyList<ScannedTurn> turns)
    {
        if (Find(turns, AuthorityCues.BudgetConstrainedCue, negationReach: 0) is { } tight)
        {
            return new Extracted<string>(AuthorityLevels.BudgetConstrained, 0.75, tight);
        }

        return Find(turns, AuthorityCues.BudgetAvailableCue, negationReach: 2) is { } available
            ? new Extracted<string>(AuthorityLevels.BudgetAvailable, 0.75, available)
            : null;
    }

    /// <summary>
    /// Someone else decides: the first firm cue that names the decider or the user's recommending role, else the first
    /// that only denies the user decides (<see cref="DeciderStrength.IsDenial"/>), and the first that only implies a
    /// decider (see <see cref="DeciderStrength"/>), all in one pass over the cues in order. Past a firm decider the
    /// pass stops, as neither of the others is read then.
    /// </summary>
    private static (Evidence? Decider, Evidence? Denial, Evidence? Weak) FindDeciders(IReadOnlyList<ScannedTurn> turns)
    {
        Evidence? denial = null;
        Evidence? weak = null;
        var decider = FindDeciders(turns, AuthorityCues.InfluencerCue, negationReach: 0, ref denial, ref weak)
            ?? FindDeciders(turns, AuthorityClauses.OtherDecidesCue, negationReach: 2, ref denial, ref weak)
            ?? FindDeciders(turns, AuthorityClauses.SomeoneElseChoosesCue, negationReach: 2, ref denial, ref weak)
            ?? FindDeciders(turns, AuthorityIdioms.OtherHoldsCue, negationReach: 2, ref denial, ref weak);
        return (decider, denial, weak);
    }

    private static Evidence? FindDeciders(IReadOnlyList<ScannedTurn> turns, Cue cue, int negationReach, ref Evidence? denial, ref Evidence? weak)
    {
        foreach (var (turn, scan) in turns)
        {
            if (!scan.MayMatch(cue))
            {
                continue;
            }

            foreach (var m in scan.Matches(cue))
            {
                if ((negationReach > 0 && DealText.IsNegatedBefore(scan.Text, m.Index, negationReach)) || DeciderStrength.NamesOutsideParty(m))
                {
                    continue;
                }

                if (DeciderStrength.IsWeak(scan.Text, m))
                {
                    weak ??= Evidence.Sentence(turn, m.Index);
                }
                else if (!DeciderStrength.IsDenial(m.ValueSpan))
                {
                    return Evidence.Sentence(turn, m.Index);
                }
                else
                {
                    denial ??= Evidence.Sentence(turn, m.Index);
                }
            }
        }

        return null;
    }

    /// <summary>A sign-off the user must get, hard or soft, said positively: "won't approve anything without SSO" is a requirement.</summary>
    private static Evidence? ApprovalGate(IReadOnlyList<ScannedTurn> turns) =>
        DealCues.FirstEvidence(turns, AuthorityCues.NeedsApprovalCue, (text, m) =>
            !DealText.IsNegatedBefore(text, m.Index, 3)
            && !DealText.ContainsNegator(m.ValueSpan)
            && !HasDocumentSubject(text, m.Index))
        ?? Find(turns, AuthorityClauses.JointDecisionCue, negationReach: 2)
        ?? SignOffNeeded(turns);

    /// <summary>
    /// A sign-off named by what is given or by the group that must agree (<see cref="AuthorityIdioms.SignOffNeededCue"/>),
    /// about the purchase: not a document's own signature ("the lease needs a signature from the tenant").
    /// </summary>
    private static Evidence? SignOffNeeded(IReadOnlyList<ScannedTurn> turns) =>
        DealCues.FirstEvidence(turns, AuthorityIdioms.SignOffNeededCue, (text, m) =>
            !DealText.IsNegatedBefore(text, m.Index, 2) && !HasDocumentSubject(text, m.Index) && !GivenByOutsideParty(text, m.Index + m.Length));

    /// <summary>Whether the giver named right after the match is outside the company ("from the client", "of our customers").</summary>
    private static bool GivenByOutsideParty(string text, int end)
    {
        var cursor = end;
        for (var i = 0; i < 3 && DealText.NextWord(text, cursor) is { } word; i++)
        {
            if (DealText.IsAny(text.AsSpan(word.Start, word.End - word.Start), DeciderStrength.OutsidePartyWords))
            {
                return true;
            }

            cursor = word.End;
        }

        return false;
    }

    private static Evidence? Find(IReadOnlyList<ScannedTurn> turns, Cue cue, int negationReach) =>
        DealCues.FirstEvidence(turns, cue, (text, m) => negationReach == 0 || !DealText.IsNegatedBefore(text, m.Index, negationReach));

    /// <summary>
    /// The first sign-off the user must get, and the first that only consults ("run it by", "check with"), in one pass
    /// over the cue: the pass stops at the first firm sign-off, as the consult is read only when there is none (and
    /// then the pass has seen every match). An approval whose subject is a document or the user's own client ("offers
    /// have to be approved by our CFO", "clients have to approve the proposal") is a workflow, not the purchase.
    /// </summary>
    private static (Evidence? SignOff, Evidence? Consult) FindApprovals(IReadOnlyList<ScannedTurn> turns)
    {
        Evidence? consult = null;
        foreach (var (turn, scan) in turns)
        {
            if (!scan.MayMatch(AuthorityCues.NeedsApprovalCue))
            {
                continue;
            }

            foreach (var m in scan.Matches(AuthorityCues.NeedsApprovalCue))
            {
                if (DealText.IsNegatedBefore(scan.Text, m.Index, 3) || HasDocumentSubject(scan.Text, m.Index))
                {
                    continue;
                }

                if (!IsConsult(m.ValueSpan))
                {
                    return (Evidence.Sentence(turn, m.Index), consult);
                }

                consult ??= Evidence.Sentence(turn, m.Index);
            }
        }

        return (null, consult);
    }

    private static bool IsConsult(ReadOnlySpan<char> match) =>
        match.StartsWith("run", StringComparison.OrdinalIgnoreCase) || match.StartsWith("check", StringComparison.OrdinalIgnoreCase);

    /// <summary>Documents and the user's own clients: a sign-off on these is a workflow, not the purchase.</summary>
    public static string[] DocumentWords => Documents;

    private static readonly string[] Documents =
    [
        "offer", "offers", "contract", "contracts", "proposal", "proposals", "document", "documents", "quote", "quotes",
        "form", "forms", "letter", "letters", "agreement", "agreements", "sow", "sows", "invoice", "invoices", "nda",
        "ndas", "lease", "leases", "template", "templates", "client", "clients", "customer", "customers",
    ];

    private static bool HasDocumentSubject(string text, int index)
    {
        var cursor = index;
        for (var i = 0; i < 4 && DealText.PreviousWord(text, cursor) is { } word; i++)
        {
            if (DealText.IsAny(text.AsSpan(word.Start, word.End - word.Start), Documents))
            {
                return true;
            }

            cursor = word.Start;
        }

        return false;
    }
}
