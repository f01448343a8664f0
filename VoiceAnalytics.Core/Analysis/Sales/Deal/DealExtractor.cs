using VoiceAnalytics.Core.Analysis.Sales.Deal.People;
using VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal;

/// <summary>
/// Reads the deal signals from what the user said and from the meeting-booking calls. Pure: the same conversation
/// always gives the same signals; relative dates are read against the session's start.
/// </summary>
public static class DealExtractor
{
    /// <param name="needStated">The user described what they would use the product for (documents, tools, capabilities):
    /// engagement that makes a call without any other signal weak rather than none.</param>
    public static DealSignals Extract(Conversation conversation, bool needStated = false)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var reference = DateOnly.FromDateTime(conversation.Session.StartTime.DateTime);
        var turns = DealCues.ScanUserTurns(conversation);
        var timeline = TimelineExtractor.Extract(conversation, turns, reference);
        var meeting = MeetingExtractor.Extract(conversation, reference);
        var buying = BuyingSignalExtractor.Extract(conversation, turns, timeline.Timeline, meeting, needStated);
        return new DealSignals
        {
            DecisionTimeline = timeline.Timeline ?? UrgentPurchase(timeline.Urgency, buying),
            DecisionDate = timeline.DecisionDate,
            BudgetAuthority = AuthorityExtractor.Extract(conversation, turns),
            BudgetStatus = AuthorityExtractor.Budget(turns),
            Urgency = timeline.Urgency,
            Stakeholders = StakeholderExtractor.Extract(conversation, turns),
            BuyingSignal = buying,
            MeetingBooked = meeting?.Booked ?? false,
            Meeting = meeting,
        };
    }

    /// <summary>
    /// A user who asks to buy and is in a hurry ("how do I upgrade, we need this like yesterday", "I need NDAs out
    /// fast") decides this week, though no date of the decision was said.
    /// </summary>
    private static Extracted<string>? UrgentPurchase(Extracted<string>? urgency, Extracted<string> buying) =>
        urgency is { Value: UrgencyLevels.High } && buying.Value == BuyingSignalLevels.Strong
            ? new Extracted<string>(TimelineBuckets.ThisWeek, 0.6, urgency.Evidence)
            : null;
}
