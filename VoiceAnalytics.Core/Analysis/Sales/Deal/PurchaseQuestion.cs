using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal;

/// <summary>
/// The user asking how to buy ("how do I upgrade", "how can we pay for it", "how do I add seats"): the one who asks
/// how to pay is the buyer, and the dates in that turn are the purchase's ("how do I buy this. 4 seats, today").
/// Read from <see cref="BuyingCues.StrongCue"/>'s matches, so no scan of its own.
/// </summary>
internal static class PurchaseQuestion
{
    /// <summary>Whether the scanned turn asks how to buy, not negated ("I don't know how we'd pay for it" asks nothing).</summary>
    public static bool In(ScannedText scan) =>
        scan.MayMatch(BuyingCues.StrongCue) && scan.First(BuyingCues.StrongCue, IsHowToBuy) is not null;

    /// <summary>The first user sentence that asks how to buy, or null.</summary>
    public static Evidence? First(IReadOnlyList<ScannedTurn> turns) => DealCues.FirstEvidence(turns, BuyingCues.StrongCue, IsHowToBuy);

    private static bool IsHowToBuy(string text, Match match) =>
        match.ValueSpan.StartsWith("how ", StringComparison.OrdinalIgnoreCase)
        && !DealText.IsNegatedBefore(text, match.Index) && !DealText.ContainsNegator(match.ValueSpan);
}
