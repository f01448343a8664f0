using VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;

namespace VoiceAnalytics.Tests.Analysis.Sales.Deal;

// The period under way named by what bounds it ("before the month is out", "within the quarter") and fortnights.
// Calls start on Thursday 1 October 2026.
public sealed class TimelineBoundedPeriodTests
{
    [Theory]
    [InlineData("we need to decide before the month is out")]
    [InlineData("we're hoping to have something chosen within the month")]
    [InlineData("we'd want to decide before the month ends")]
    [InlineData("by month's end we need to pick a tool")]
    [InlineData("we're thinking of switching in a fortnight")]
    public void Extract_ThisMonthByItsBound_IsThisMonthMedium(string line)
    {
        var deal = DealCall.Extract(line);

        Assert.Equal(TimelineBuckets.ThisMonth, deal.DecisionTimeline?.Value);
        Assert.Equal(UrgencyLevels.Medium, deal.Urgency?.Value);
    }

    [Fact]
    public void Extract_QuarterClosing_IsThisQuarter() =>
        Assert.Equal(TimelineBuckets.ThisQuarter, DealCall.Extract("we must choose before the quarter closes").DecisionTimeline?.Value);

    [Theory]
    [InlineData("the month is busy for us, we send a lot")]
    [InlineData("we send about forty contracts a month")]
    public void Extract_PeriodWithoutABound_GivesNoTimeline(string line) =>
        Assert.Null(DealCall.Extract(line).DecisionTimeline);
}
