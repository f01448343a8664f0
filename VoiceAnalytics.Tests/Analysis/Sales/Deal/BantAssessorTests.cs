using VoiceAnalytics.Core.Analysis.Sales.Deal;
using VoiceAnalytics.Core.Analysis.Sales.Deal.People;
using VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Tests.Analysis.Sales.Deal;

public sealed class BantAssessorTests
{
    [Fact]
    public void Assess_DecisionMakerWithDateAndNeed_PassesAllFour()
    {
        var deal = DealCall.Extract("it's my call, and I want to decide by the end of the month");

        var bant = BantAssessor.Assess(deal, needIdentified: true, painPointCount: 2);

        Assert.Equal((true, true, true, true), (bant.Budget.Passed, bant.Authority.Passed, bant.Need.Passed, bant.Timeline.Passed));
        Assert.Equal((4, true), (bant.PassedCount, bant.Qualified));
    }

    [Fact]
    public void Assess_JustLookingWithNoAuthorityOrNeed_FailsWithReasons()
    {
        var deal = DealCall.Extract("we're just browsing, no timeline");

        var bant = BantAssessor.Assess(deal, needIdentified: false, painPointCount: 0);

        Assert.False(bant.Qualified);
        Assert.Equal(0, bant.PassedCount);
        Assert.All(new[] { bant.Budget, bant.Authority, bant.Need, bant.Timeline }, c => Assert.False(string.IsNullOrWhiteSpace(c.Reason)));
    }

    [Fact]
    public void Assess_TightBudget_FailsBudgetEvenForADecisionMaker()
    {
        var deal = DealCall.Extract("it's my decision, but our budget is really tight");

        Assert.False(BantAssessor.Assess(deal, needIdentified: true, painPointCount: 0).Budget.Passed);
    }

    [Fact]
    public void Assess_ApprovalNeededFromANamedPerson_PassesAuthority()
    {
        var deal = DealCall.Extract("our CFO has to approve anything we buy");

        var bant = BantAssessor.Assess(deal, needIdentified: true, painPointCount: 0);

        Assert.True(bant.Authority.Passed);
        Assert.Contains("cfo", bant.Authority.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_ThreeOfFour_IsQualified()
    {
        var deal = new DealSignals
        {
            BudgetAuthority = new Extracted<string>(AuthorityLevels.DecisionMaker, 0.9, null),
            DecisionTimeline = new Extracted<string>(TimelineBuckets.Evaluating, 0.7, null),
            BuyingSignal = new Extracted<string>(BuyingSignalLevels.Weak, 0.6, null),
        };

        var bant = BantAssessor.Assess(deal, needIdentified: true, painPointCount: 0);

        Assert.Equal((3, true, false), (bant.PassedCount, bant.Qualified, bant.Timeline.Passed));
    }
}
