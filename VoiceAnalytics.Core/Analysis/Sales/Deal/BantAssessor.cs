using VoiceAnalytics.Core.Analysis.Sales.Deal.People;
using VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal;

/// <summary>
/// Scores BANT from the deal signals. Budget passes when money is there or the user controls the budget (and did not
/// say it is short); Authority when the user decides, or someone else does and that person is named; Need when a need
/// or pain point came up; Timeline when a decision date was given (or it is urgent).
/// </summary>
public static class BantAssessor
{
    public const int CriteriaToQualify = 3;

    public static BantAssessment Assess(DealSignals deal, bool needIdentified, int painPointCount)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var budget = Budget(deal);
        var authority = Authority(deal);
        var need = Need(needIdentified, painPointCount);
        var timeline = Timeline(deal);
        var passed = new[] { budget, authority, need, timeline }.Count(c => c.Passed);
        return new BantAssessment(budget, authority, need, timeline, passed, passed >= CriteriaToQualify);
    }

    private static BantCriterion Budget(DealSignals deal) => (deal.BudgetStatus?.Value, deal.BudgetAuthority?.Value) switch
    {
        (AuthorityLevels.BudgetConstrained, _) => new(false, $"Budget is tight: \"{deal.BudgetStatus!.Evidence?.Quote}\""),
        (AuthorityLevels.BudgetAvailable, _) => new(true, $"Budget is available: \"{deal.BudgetStatus!.Evidence?.Quote}\""),
        (_, AuthorityLevels.DecisionMaker) => new(true, "The user controls the spend."),
        (_, AuthorityLevels.NeedsApproval) => new(false, "Spending needs someone else's approval and no budget was confirmed."),
        _ => new(false, "No budget was discussed."),
    };

    private static BantCriterion Authority(DealSignals deal)
    {
        var roles = string.Join(", ", deal.Stakeholders.Select(s => s.Value));
        return deal.BudgetAuthority?.Value switch
        {
            AuthorityLevels.DecisionMaker => new(true, "The user can decide alone."),
            AuthorityLevels.Influencer or AuthorityLevels.NeedsApproval when roles.Length > 0 =>
                new(true, $"The user does not decide alone; the others involved are known: {roles}."),
            AuthorityLevels.Influencer => new(false, "Someone else decides and they were not identified."),
            AuthorityLevels.NeedsApproval => new(false, "The user needs sign-off from someone who was not identified."),
            _ => new(false, "Who decides never came up."),
        };
    }

    private static BantCriterion Need(bool needIdentified, int painPointCount) =>
        needIdentified || painPointCount > 0
            ? new(true, painPointCount > 0 ? $"{painPointCount} pain point(s) raised." : "A clear need was identified.")
            : new(false, "No need or pain point was identified.");

    private static BantCriterion Timeline(DealSignals deal) => deal.DecisionTimeline?.Value switch
    {
        TimelineBuckets.ThisWeek or TimelineBuckets.ThisMonth or TimelineBuckets.ThisQuarter or TimelineBuckets.NextQuarter =>
            new(true, deal.DecisionDate is { } date ? $"Decision expected by {date:yyyy-MM-dd} ({deal.DecisionTimeline!.Value})." : $"Decision expected {deal.DecisionTimeline!.Value}."),
        _ when deal.Urgency?.Value == UrgencyLevels.High => new(true, "No decision date, but the user said it is urgent."),
        TimelineBuckets.Evaluating => new(false, "Just evaluating, no timeline."),
        _ => new(false, "No timeline was discussed."),
    };
}
