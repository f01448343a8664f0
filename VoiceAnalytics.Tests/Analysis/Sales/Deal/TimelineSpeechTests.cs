using VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;

namespace VoiceAnalytics.Tests.Analysis.Sales.Deal;

// Clause-level timeline reading in transcribed speech. Calls start on Thursday 1 October 2026 unless a test says otherwise.
public sealed class TimelineSpeechTests
{
    [Fact]
    public void Extract_DeadlineBesideAMeetingSlot_IsStillADeadline()
    {
        var deal = DealCall.On("2026-10-05")
            .Assistant("Want me to book a demo with an account executive?")
            .User("sure. we need it working by the end of november, ahead of open enrollment. does wednesday at three work")
            .Extract();

        Assert.Equal(TimelineBuckets.ThisQuarter, deal.DecisionTimeline?.Value);
    }

    [Fact]
    public void Extract_DayWithATimeOfDay_IsASlotEvenBesideARollout()
    {
        var deal = DealCall.Extract("ok friday afternoon is good and after the pilot wraps in january we'll roll it out company wide");

        Assert.NotEqual(TimelineBuckets.ThisWeek, deal.DecisionTimeline?.Value);
    }

    [Theory]
    [InlineData("if the import still isnt fixed by monday we are going back to adobe")]
    [InlineData("I could upgrade tomorrow if the approval step shows up")]
    public void Extract_DateUnderACondition_GivesNoTimeline(string line) =>
        Assert.Null(DealCall.Extract(line).DecisionTimeline);

    [Fact]
    public void Extract_HedgeAfterADate_KeepsTheDate() =>
        Assert.Equal(TimelineBuckets.ThisWeek, DealCall.Extract("we want to get going this week if at all possible").DecisionTimeline?.Value);

    [Theory]
    [InlineData("2026-11-23", "we have to pick a vendor by the end of the quarter")]
    [InlineData("2026-12-07", "we'll decide in q4, budget is already there")]
    public void Extract_NamedQuarterEndingThisMonth_IsThisQuarter(string start, string line) =>
        Assert.Equal(TimelineBuckets.ThisQuarter, DealCall.ExtractOn(start, line).DecisionTimeline?.Value);

    [Fact]
    public void Extract_NeedyIsNoNeed() =>
        Assert.Null(DealCall.Extract("sorry the baby is super needy today anyway we send leases").DecisionTimeline);

    [Fact]
    public void Extract_ProductNeededWhileADocumentGoesOutLater_IsANeed()
    {
        var deal = DealCall.Extract("we have to have a tool by the twentieth that's the day the tender documents get issued");

        Assert.Equal(TimelineBuckets.ThisMonth, deal.DecisionTimeline?.Value);
    }

    [Fact]
    public void Extract_NegatedPastAFiller_IsNoDeadline() =>
        Assert.NotEqual(UrgencyLevels.High, DealCall.Extract("we want to decide soonish but not like tomorrow").Urgency?.Value);

    [Theory]
    [InlineData("the sooner the better for us honestly")]
    [InlineData("our office manager needed this like yesterday")]
    public void Extract_StatedPressureWithoutADate_IsHighUrgency(string line) =>
        Assert.Equal(UrgencyLevels.High, DealCall.Extract(line).Urgency?.Value);

    [Theory]
    [InlineData("not for us right now, probably next year at some point")]
    [InlineData("we'll look again when things settle down around here")]
    public void Extract_HedgedPostponement_IsEvaluatingAndLow(string line)
    {
        var deal = DealCall.Extract(line);

        Assert.Equal(TimelineBuckets.Evaluating, deal.DecisionTimeline?.Value);
        Assert.Equal(UrgencyLevels.Low, deal.Urgency?.Value);
    }

    // A date the user takes back before naming the next one is not the timeline.
    [Theory]
    [InlineData("2026-09-03", "we wanna go live end of next month, sorry, end of this month")]
    public void Extract_DateTakenBack_NextDateCounts(string start, string line) =>
        Assert.Equal(TimelineBuckets.ThisMonth, DealCall.ExtractOn(start, line).DecisionTimeline?.Value);

    // A hedge between the verb and the date ("we start maybe next month") keeps the date the purchase's.
    [Fact]
    public void Extract_HedgeBeforeTheDate_KeepsTheDate() =>
        Assert.Equal(TimelineBuckets.NextQuarter, DealCall.ExtractOn("2026-12-02", "the company is mine, we start maybe next month").DecisionTimeline?.Value);

    // An ordinal that modifies a noun ("the second semester") is no day of the month.
    [Fact]
    public void Extract_OrdinalAdjective_IsNoDate() =>
        Assert.Equal(
            TimelineBuckets.NextQuarter,
            DealCall.On("2026-04-21").Assistant("When would you want to start?")
                .User("The enrollment for the second semester is in July, so we would use it for that.").Extract().DecisionTimeline?.Value);

    // "this year is finished": the current period is used up, so the purchase waits for the next one.
    [Fact]
    public void Extract_CurrentPeriodUsedUp_WaitsForTheNext()
    {
        var deal = DealCall.ExtractOn("2026-11-04", "the money for this year is finished we need wait the new budget in january");

        Assert.Equal(TimelineBuckets.NextQuarter, deal.DecisionTimeline?.Value);
        Assert.Equal(UrgencyLevels.Low, deal.Urgency?.Value);
    }

    // An own plan ("ill do it tonight") belongs to its own date, not to a later date in the same unpunctuated turn; and
    // "do it" after the agent's steps to buy is the purchase.
    [Fact]
    public void Extract_OwnPlanThenDeadline_DeadlineCounts()
    {
        var deal = DealCall.On("2026-04-07")
            .Assistant("You can upgrade any time from Settings, then Billing.")
            .User("ill do it tonight the spring rush starts monday and i want it going before that")
            .Extract();

        Assert.Equal(TimelineBuckets.ThisWeek, deal.DecisionTimeline?.Value);
        Assert.Equal(UrgencyLevels.High, deal.Urgency?.Value);
    }

    [Fact]
    public void Extract_DoItAfterTheAgentsStepsToBuy_IsThePurchaseDay() =>
        Assert.Equal(
            TimelineBuckets.ThisWeek,
            DealCall.On("2026-04-07").Assistant("You can upgrade any time from Settings, then Billing.").User("ok ill do it tonight after dinner").Extract().DecisionTimeline?.Value);

    // Asking to buy in a hurry with no date said: the decision is this week; urgency alone dates nothing.
    [Fact]
    public void Extract_UrgentPurchaseWithoutDate_IsThisWeek() =>
        Assert.Equal(TimelineBuckets.ThisWeek, DealCall.Extract("ok sign me up how do i upgrade, we need this like yesterday").DecisionTimeline?.Value);

    [Fact]
    public void Extract_UrgencyWithoutPurchase_GivesNoTimeline() =>
        Assert.Null(DealCall.Extract("we need this like yesterday").DecisionTimeline);
}
