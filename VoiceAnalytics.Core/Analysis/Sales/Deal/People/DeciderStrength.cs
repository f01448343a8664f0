using System.Text.RegularExpressions;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal.People;

/// <summary>
/// How much an influencer cue says about who holds the decision. Naming the decider, the user's recommending role or a
/// denial ("our COO decides", "I'll recommend it", "not my call") is firm. Only naming whose budget it is ("it's his
/// budget", "she decides the budget") is weak: the budget's holder signs off, so with a sign-off the user must get
/// ("I need to get this approved by my VP") the user needs approval rather than recommends.
/// A cue whose subject is the user's own client ("when the client signs the contract") is a workflow, not a decider.
/// </summary>
internal static class DeciderStrength
{
    private static readonly string[] BudgetWords = ["budget", "money", "checkbook", "chequebook", "spending", "spend"];

    private static readonly string[] OutsideParties =
        ["client", "clients", "customer", "customers", "tenant", "tenants", "patient", "patients", "guest", "guests"];

    /// <summary>People outside the company, whose signature is on a document rather than on the purchase.</summary>
    public static string[] OutsidePartyWords => OutsideParties;

    /// <summary>
    /// Whether the match's acting subject is someone outside the company ("the client signs the contract"): not about
    /// the purchase at all. A party word that only qualifies a role ("our customer success director decides") is kept.
    /// </summary>
    public static bool NamesOutsideParty(Match match)
    {
        var span = match.ValueSpan;
        var previousWasParty = false;
        foreach (var range in span.Split(' '))
        {
            var word = span[range];
            if (previousWasParty)
            {
                return DealText.IsAny(word, PartyActs);
            }

            previousWasParty = DealText.IsAny(word, OutsideParties);
        }

        return false;
    }

    private static readonly string[] PartyActs = ["signs", "sign", "signed", "decides", "decide", "approves", "approve", "makes", "make", "has", "have"];

    /// <summary>
    /// Whether a firm cue only denies that the user decides ("not my call", "I'm not the one who decides", "I can't
    /// approve purchases"): it names no decider and no recommending role, so a sign-off can still make it needs_approval.
    /// </summary>
    public static bool IsDenial(ReadOnlySpan<char> match)
    {
        if (DealText.ContainsNegator(match))
        {
            return true;
        }

        foreach (var range in match.Split(' '))
        {
            if (DealText.IsAny(match[range], CannotWords))
            {
                return true;
            }
        }

        return false;
    }

    // Not among DealText's negators: "can't" also hedges ("I can't wait"), but inside a decider cue it denies.
    private static readonly string[] CannotWords = ["can't", "can’t", "cant", "cannot"];

    /// <summary>Whether the match only names the budget's holder, not who decides.</summary>
    public static bool IsWeak(string text, Match match) =>
        EndsWithBudget(match.ValueSpan) || BudgetFollows(text, match.Index + match.Length) || NamesPayer(match.ValueSpan) || EndsWithPossessive(match.ValueSpan);

    // "spending is really Ruth's call": whose call it is, said of a named holder, like whose budget it is; a sign-off
    // the user must get from them ("I'll need the managing partner's sign-off") makes it needs_approval.
    private static bool EndsWithPossessive(ReadOnlySpan<char> span)
    {
        var last = span.LastIndexOf(' ');
        if (last <= 0)
        {
            return false;
        }

        var before = span[..last].TrimEnd();
        return before.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || before.EndsWith("’s", StringComparison.OrdinalIgnoreCase);
    }

    // "she pays for all the team software": who pays, like whose budget it is, not who decides.
    private static bool NamesPayer(ReadOnlySpan<char> span)
    {
        foreach (var range in span.Split(' '))
        {
            if (DealText.IsAny(span[range], PayWords))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] PayWords = ["pays", "pay"];

    private static bool EndsWithBudget(ReadOnlySpan<char> span)
    {
        var last = span.LastIndexOf(' ');
        return DealText.IsAny(last < 0 ? span : span[(last + 1)..], BudgetWords);
    }

    // "she decide the budget", "he decides about the money": the budget's holder, not the decider of the tool.
    private static bool BudgetFollows(string text, int end)
    {
        var cursor = end;
        for (var i = 0; i < 3 && DealText.NextWord(text, cursor) is { } word; i++)
        {
            var w = text.AsSpan(word.Start, word.End - word.Start);
            if (DealText.IsAny(w, BudgetWords))
            {
                return true;
            }

            if (!DealText.IsAny(w, BudgetLeadIns))
            {
                return false;
            }

            cursor = word.End;
        }

        return false;
    }

    private static readonly string[] BudgetLeadIns = ["the", "about", "on", "our", "all"];
}
