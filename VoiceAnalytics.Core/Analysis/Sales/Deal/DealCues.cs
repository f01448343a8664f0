using VoiceAnalytics.Core.Analysis.Sales.Deal.People;
using VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;
using VoiceAnalytics.Core.Analysis.Text.Dates;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal;

/// <summary>
/// Every cue the deal extractors read, and the date families' (<see cref="RelativeDates.Cues"/>), behind one scanner so
/// each user turn is read word by word only once.
/// </summary>
internal static class DealCues
{
    public static readonly CueScanner Scanner = new(
    [
        AuthorityCues.DecisionMakerCue,
        AuthorityCues.OwnerCue,
        AuthorityCues.InfluencerCue,
        AuthorityCues.NeedsApprovalCue,
        AuthorityCues.BudgetAvailableCue,
        AuthorityCues.BudgetConstrainedCue,
        AuthorityClauses.SelfDecidesCue,
        AuthorityClauses.JointDecisionCue,
        AuthorityClauses.ApproverActsCue,
        AuthorityClauses.OtherDecidesCue,
        AuthorityClauses.SomeoneElseChoosesCue,
        AuthorityClauses.ApproverMustActCue,
        AuthorityClauses.ThresholdCue,
        AuthorityClauses.UnderThresholdCue,
        AuthorityClauses.ConsultCue,
        AuthorityIdioms.OwnMoneyCue,
        AuthorityIdioms.OtherHoldsCue,
        AuthorityIdioms.SignOffNeededCue,
        AuthorityIdioms.BudgetCycleCue,
        BuyingCues.StrongCue,
        BuyingCues.PurchaseStepCue,
        BuyingCues.InterestCue,
        BuyingCues.RejectionCue,
        TimelineCues.UrgentCue,
        TimelineCues.NoRushCue,
        TimelineCues.DecisionCue,
        TimelineCues.CommitmentCue,
        TimelineCues.NeedCue,
        TimelineCues.TimeOfDayCue,
        TimelineCues.LockInCue,
        TimelineCues.JustLookingCue,
        TimelineCues.TimingTopicCue,
        TimelineCues.EventPointerCue,
        StakeholderVocabulary.RoleCue,
        StakeholderVocabulary.PartnersCue,
        .. RelativeDates.Cues,
    ]);

    /// <summary>The user's turns, each scanned once.</summary>
    public static IReadOnlyList<ScannedTurn> ScanUserTurns(Conversation conversation) =>
        [.. conversation.UserTurns.Select(turn => new ScannedTurn(turn, Scanner.Scan(turn.Text)))];

    /// <summary>Evidence for the first match of <paramref name="cue"/> in the user's turns that <paramref name="accept"/> takes.</summary>
    public static Evidence? FirstEvidence(IReadOnlyList<ScannedTurn> turns, Cue cue, Func<string, System.Text.RegularExpressions.Match, bool>? accept = null)
    {
        foreach (var (turn, scan) in turns)
        {
            if (scan.MayMatch(cue) && scan.First(cue, accept) is { } match)
            {
                return Evidence.Sentence(turn, match.Index);
            }
        }

        return null;
    }
}
