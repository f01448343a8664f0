using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal;

/// <summary>
/// Budget authority from what the user says about the decision. Someone else deciding ("not my call", "my COO makes
/// the call", "I'll recommend it") makes the user an influencer; a required sign-off ("our CFO has to approve")
/// makes it needs_approval; "it's my call" makes a decision maker, and owning the business hints at one.
/// </summary>
internal static class AuthorityExtractor
{
    public static Extracted<string>? Extract(IReadOnlyList<ScannedTurn> turns)
    {
        if (Find(turns, AuthorityCues.InfluencerCue, negationReach: 0) is { } influencer)
        {
            return new Extracted<string>(AuthorityLevels.Influencer, 0.8, influencer);
        }

        if (Find(turns, AuthorityCues.NeedsApprovalCue, negationReach: 3) is { } approval)
        {
            return new Extracted<string>(AuthorityLevels.NeedsApproval, 0.8, approval);
        }

        if (Find(turns, AuthorityCues.DecisionMakerCue, negationReach: 2) is { } decides)
        {
            return new Extracted<string>(AuthorityLevels.DecisionMaker, 0.85, decides);
        }

        return Find(turns, AuthorityCues.OwnerCue, negationReach: 2) is { } owner
            ? new Extracted<string>(AuthorityLevels.DecisionMaker, 0.6, owner)
            : null;
    }

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

    private static Evidence? Find(IReadOnlyList<ScannedTurn> turns, Cue cue, int negationReach) =>
        DealCues.FirstEvidence(turns, cue, (text, m) => negationReach == 0 || !DealText.IsNegatedBefore(text, m.Index, negationReach));
}
