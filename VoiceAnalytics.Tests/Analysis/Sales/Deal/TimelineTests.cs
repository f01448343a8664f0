using VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;

namespace VoiceAnalytics.Tests.Analysis.Sales.Deal;

// Calls start on Thursday 1 October 2026 (Q4) unless a test says otherwise.
public sealed class TimelineTests
{
    [Theory]
    [InlineData("we have to make a decision by next Friday", TimelineBuckets.ThisMonth)]
    [InlineData("I'm hoping to choose a vendor before the end of the month", TimelineBuckets.ThisMonth)]
    [InlineData("we'd probably pull the trigger sometime in February", TimelineBuckets.NextQuarter)]
    [InlineData("our current contract expires on December 31st, so we'll switch before then", TimelineBuckets.ThisQuarter)]
    [InlineData("no rush, but I'd like to decide within two weeks", TimelineBuckets.ThisMonth)]
    [InlineData("the plan is to go live by Thanksgiving", TimelineBuckets.ThisQuarter)]
    [InlineData("we're committing to something this week", TimelineBuckets.ThisWeek)]
    [InlineData("budgets get set in Q1, so that's when we'd buy", TimelineBuckets.NextQuarter)]
    public void Extract_DecisionDate_GivesItsCalendarBucket(string line, string expected) =>
        Assert.Equal(expected, DealCall.Extract(line).DecisionTimeline?.Value);

    [Theory]
    [InlineData("we're just kicking the tires, no timeline at all")]
    [InlineData("honestly nothing is decided yet, I'm only exploring options")]
    [InlineData("not in any big hurry on our side")]
    public void Extract_NoRushAndNoDate_IsEvaluatingWithLowUrgency(string line)
    {
        var deal = DealCall.Extract(line);

        Assert.Equal(TimelineBuckets.Evaluating, deal.DecisionTimeline?.Value);
        Assert.Equal(UrgencyLevels.Low, deal.Urgency?.Value);
    }

    [Fact]
    public void Extract_NoRushButADate_TheDateWins()
    {
        var deal = DealCall.Extract("it's not a big rush, but we want to pick one by the end of the month");

        Assert.Equal(TimelineBuckets.ThisMonth, deal.DecisionTimeline?.Value);
        Assert.Equal(UrgencyLevels.Medium, deal.Urgency?.Value);
    }

    [Fact]
    public void Extract_DecisionDateAndLaterRolloutDate_UsesTheDecisionDate()
    {
        var deal = DealCall.Extract("we'll roll it out in January, but I'm deciding this month");

        Assert.Equal(TimelineBuckets.ThisMonth, deal.DecisionTimeline?.Value);
        Assert.Equal(new DateOnly(2026, 10, 31), deal.DecisionDate);
    }

    [Fact]
    public void Extract_NegatedPeriod_IsIgnored()
    {
        var deal = DealCall.Extract("definitely not this quarter, we'll revisit it after New Year's");

        Assert.Equal(TimelineBuckets.NextQuarter, deal.DecisionTimeline?.Value);
        Assert.Equal(UrgencyLevels.Low, deal.Urgency?.Value);
    }

    [Fact]
    public void Extract_AnswerToWhatTimeWorks_IsAMeetingSlotNotATimeline()
    {
        var deal = DealCall.On().Assistant("Great, what day works for a quick call?").User("Tuesday works, maybe after lunch").Extract();

        Assert.Null(deal.DecisionTimeline);
        Assert.Null(deal.Urgency);
    }

    [Fact]
    public void Extract_DateWithTimeOfDay_IsAMeetingSlot() =>
        Assert.Null(DealCall.Extract("can someone ring me Monday at 10am?").DecisionTimeline);

    [Fact]
    public void Extract_PastDate_IsIgnored() =>
        Assert.Null(DealCall.Extract("we picked DocuSign last year and regret it").DecisionTimeline);

    [Fact]
    public void Extract_DecemberCall_JanuaryIsNextQuarterOfNextYear()
    {
        var deal = DealCall.ExtractOn("2026-12-14", "we want to make the switch in January");

        Assert.Equal(TimelineBuckets.NextQuarter, deal.DecisionTimeline?.Value);
        Assert.Equal(new DateOnly(2027, 1, 31), deal.DecisionDate);
    }

    [Fact]
    public void Extract_DeadlineWithinTheWeek_IsThisWeekAndHighUrgency()
    {
        // Monday 14 December: the 20th is that week's Sunday.
        var deal = DealCall.ExtractOn("2026-12-14", "we'll decide by the 20th");

        Assert.Equal(TimelineBuckets.ThisWeek, deal.DecisionTimeline?.Value);
        Assert.Equal(UrgencyLevels.High, deal.Urgency?.Value);
    }

    [Fact]
    public void Extract_LastDaysOfAQuarter_EndOfQuarterIsThisWeek() =>
        Assert.Equal(TimelineBuckets.ThisWeek, DealCall.ExtractOn("2026-09-28", "we need to sign before the end of the quarter").DecisionTimeline?.Value);

    [Fact]
    public void Extract_CurrentQuarterByName_IsThisQuarter() =>
        Assert.Equal(TimelineBuckets.ThisQuarter, DealCall.ExtractOn("2026-11-10", "we have to spend our Q4 budget").DecisionTimeline?.Value);

    [Theory]
    [InlineData("this is really time-sensitive for us")]
    [InlineData("we need it ASAP, the client is waiting")]
    [InlineData("I have to get the first contract out tomorrow")]
    public void Extract_SaysUrgentOrDeadlineWithinDays_UrgencyIsHigh(string line) =>
        Assert.Equal(UrgencyLevels.High, DealCall.Extract(line).Urgency?.Value);

    [Fact]
    public void Extract_NotUrgent_IsNotHigh() =>
        Assert.NotEqual(UrgencyLevels.High, DealCall.Extract("it isn't urgent, we can take our time").Urgency?.Value);

    [Fact]
    public void Extract_OwnPlanForTonight_DoesNotMakeItUrgent()
    {
        var deal = DealCall.Extract("we'll choose one this quarter. I'll set up the account tonight");

        Assert.Equal(TimelineBuckets.ThisQuarter, deal.DecisionTimeline?.Value);
        Assert.Equal(UrgencyLevels.Medium, deal.Urgency?.Value);
    }

    [Fact]
    public void Extract_NothingAboutTiming_TimelineAndUrgencyAreNull()
    {
        var deal = DealCall.Extract("we send about forty proposals a month and it works fine");

        Assert.Null(deal.DecisionTimeline);
        Assert.Null(deal.Urgency);
    }

    [Fact]
    public void Extract_Timeline_CarriesEvidenceFromTheUserTurn()
    {
        var timeline = DealCall.Extract("ok. we have to decide by next Friday.").DecisionTimeline!;

        Assert.Equal("we have to decide by next Friday.", timeline.Evidence?.Quote);
        Assert.InRange(timeline.Confidence, 0.5, 1);
    }

    [Fact]
    public void Extract_AnswerToWhenTheyWouldDecide_IsTheTimelineNotAMeetingSlot()
    {
        var deal = DealCall.On().Assistant("When are you hoping to have a decision made?").User("probably mid February").Extract();

        Assert.Equal(TimelineBuckets.NextQuarter, deal.DecisionTimeline?.Value);
        Assert.Equal(UrgencyLevels.Low, deal.Urgency?.Value);
    }

    [Fact]
    public void Extract_UserRaisesTiming_TheirDateDatesThePurchase() =>
        Assert.Equal(TimelineBuckets.NextQuarter, DealCall.Extract("on timing, we're realistically looking at February").DecisionTimeline?.Value);

    [Fact]
    public void Extract_LockInUntilAMonth_PurchaseFollowsTheLockIn()
    {
        // Called 10 December: a commitment through December ends with the quarter, so the switch is next quarter.
        var deal = DealCall.ExtractOn("2026-12-10", "we're tied into an agreement with our current vendor through December");

        Assert.Equal(TimelineBuckets.NextQuarter, deal.DecisionTimeline?.Value);
        Assert.Equal(new DateOnly(2027, 1, 1), deal.DecisionDate);
    }

    [Fact]
    public void Extract_NegatedBefore_IsTheDayTheWaitEnds()
    {
        var deal = DealCall.ExtractOn("2026-12-10", "honestly nobody here will touch new software before January");

        Assert.Equal(TimelineBuckets.NextQuarter, deal.DecisionTimeline?.Value);
        Assert.Equal(new DateOnly(2027, 1, 1), deal.DecisionDate);
    }

    [Fact]
    public void Extract_UntilAfterThatPointingBack_MakesTheEarlierDateAWait() =>
        Assert.Equal(
            TimelineBuckets.NextQuarter,
            DealCall.ExtractOn("2026-12-01", "our ERP cutover finishes in December, and we can't take on new tools until after that").DecisionTimeline?.Value);

    [Theory]
    [InlineData("2026-10-01", "our reps type every quote in Word today")]
    [InlineData("2026-12-03", "it's December and the whole shop is slammed")]
    public void Extract_CurrentPeriodDescribingThePresent_IsNotATimeline(string day, string line) =>
        Assert.Null(DealCall.ExtractOn(day, line).DecisionTimeline);

    [Fact]
    public void Extract_NeedForTheProductWithADate_DatesTheTimeline()
    {
        var deal = DealCall.Extract("I need something my crew can use in the field by the 15th");

        Assert.Equal(TimelineBuckets.ThisMonth, deal.DecisionTimeline?.Value);
        Assert.Equal(UrgencyLevels.Medium, deal.Urgency?.Value);
    }

    [Fact]
    public void Extract_NeedForOneDocument_IsUrgentButNoTimeline()
    {
        var deal = DealCall.Extract("I have to get this one proposal to the client today");

        Assert.Null(deal.DecisionTimeline);
        Assert.Equal(UrgencyLevels.High, deal.Urgency?.Value);
    }

    [Fact]
    public void Extract_NegatedNeed_IsNoTimeline() =>
        Assert.Null(DealCall.Extract("an API would be nice someday but it's not a need today").DecisionTimeline);

    [Fact]
    public void Extract_JustScopingWithALockIn_IsEvaluating() =>
        Assert.Equal(
            TimelineBuckets.Evaluating,
            DealCall.Extract("our Qwilr subscription runs until March anyway, so no real timeline, I'm just researching").DecisionTimeline?.Value);

    [Fact]
    public void Extract_NotUrgentWithAWait_KeepsTheDate() =>
        Assert.Equal(
            TimelineBuckets.NextQuarter,
            DealCall.ExtractOn("2026-12-10", "it's no rush at all, we couldn't switch until February anyway").DecisionTimeline?.Value);

    [Fact]
    public void Extract_OnlyCuriousWithAFarOffDate_IsEvaluating() =>
        Assert.Equal(
            TimelineBuckets.Evaluating,
            DealCall.Extract("I'm mostly curious, we're locked into our Adobe contract through 2028").DecisionTimeline?.Value);

    [Fact]
    public void Extract_BoardVoteMonth_IsADecisionDate() =>
        Assert.Equal(
            TimelineBuckets.NextQuarter,
            DealCall.Extract("purchases like this go to a vote of the trustees, and they next meet in February").DecisionTimeline?.Value);

    [Theory]
    [InlineData("Understood, I'll flag it for the account executive. When are you looking to decide?")] // the last question is what is asked
    [InlineData("When are you hoping to decide, and is it your call?")] // "your call" asks who decides, not for a call
    public void Extract_TerseAnswerToTheDecisionQuestion_GivesItsBucket(string asked)
    {
        var deal = DealCall.On().Assistant(asked).User("end of quarter").Extract();

        Assert.Equal(TimelineBuckets.ThisQuarter, deal.DecisionTimeline?.Value);
    }

    [Fact]
    public void Extract_AnswerToAMeetingQuestionAfterATimelineRemark_IsASlot()
    {
        var deal = DealCall.On().Assistant("That timeline makes sense. What day works for a call with the account executive?").User("next Tuesday").Extract();

        Assert.Null(deal.DecisionTimeline);
    }

    [Theory]
    [InlineData("2026-05-14", "Anything new goes to the board. They meet the second Tuesday of June, so I'd bring it to them then.", TimelineBuckets.ThisQuarter)] // an ordinal weekday of a month
    [InlineData("2027-02-03", "Spring starts in March and I'd want this set up before then.", TimelineBuckets.ThisMonth)] // "before then" points back at March
    [InlineData("2026-11-05", "realistically we'd make the decision in January. no rush before that", TimelineBuckets.NextQuarter)] // no rush before it is no deadline
    [InlineData("2027-07-22", "We're flat out with weddings till the end of September, so realistically we'd look at this properly in October.", TimelineBuckets.NextQuarter)] // the plan after a busy period
    [InlineData("2027-02-10", "We want to choose until the end of March, and then roll it out in April.", TimelineBuckets.ThisQuarter)] // "until" after the decision is its deadline
    [InlineData("2027-08-04", "I would like the decision until end of September, our new budget year starts in October.", TimelineBuckets.ThisQuarter)]
    [InlineData("2027-02-10", "The team is busy until the end of March, and we'd decide in April.", TimelineBuckets.NextQuarter)] // a busy period, then the plan
    [InlineData("2026-06-05", "So I'd be making a call sometime in July.", TimelineBuckets.NextQuarter)] // "making a call" decides
    [InlineData("2026-08-12", "The money comes with the new fiscal year, so October at the earliest.", TimelineBuckets.NextQuarter)] // the money and "at the earliest" date the purchase
    public void Extract_DateSaidIndirectly_GivesItsBucket(string day, string line, string expected) =>
        Assert.Equal(expected, DealCall.ExtractOn(day, line).DecisionTimeline?.Value);

    [Fact]
    public void Extract_LastWeekdayWithoutAMonth_StaysInThePast()
    {
        Assert.Null(DealCall.ExtractOn("2026-10-15", "we decided last tuesday to look around").DecisionTimeline);
    }

    [Theory]
    [InlineData("honestly whenever, there's no pressure")]
    [InlineData("we are not in hurry, only we look what is possible")]
    [InlineData("no fixed date, we're just comparing a few tools")]
    [InlineData("not really, we're still figuring out if we even need it")]
    [InlineData("we're just gathering information for now")]
    [InlineData("no idea, it's early days for us")]
    [InlineData("no, we can take our time")]
    [InlineData("nothing set, we're in the discovery phase right now")]
    [InlineData("honestly we're still in research mode")]
    public void Extract_StillFindingOutInOtherWords_IsEvaluatingWithLowUrgency(string line)
    {
        var deal = DealCall.On().Assistant("Is there a timeline you're working toward?").User(line).Extract();

        Assert.Equal(TimelineBuckets.Evaluating, deal.DecisionTimeline?.Value);
        Assert.Equal(UrgencyLevels.Low, deal.Urgency?.Value);
    }

    [Fact]
    public void Extract_NotUnderPressure_IsLowUrgency() =>
        Assert.Equal(UrgencyLevels.Low, DealCall.Extract("we're not under any real pressure on this one").Urgency?.Value);

    [Fact]
    public void Extract_WheneverOpeningAClause_IsNoTimeline() =>
        Assert.Null(DealCall.Extract("whenever I send a contract the client loses it").DecisionTimeline);

    [Theory]
    [InlineData("we need it now, the old system is gone")]
    [InlineData("as quickly as possible, we're running out of time")]
    [InlineData("the sooner we switch the better")]
    public void Extract_NeedItNow_IsHighUrgency(string line) =>
        Assert.Equal(UrgencyLevels.High, DealCall.Extract(line).Urgency?.Value);

    [Fact]
    public void Extract_NotNeededNow_IsNotUrgent() =>
        Assert.NotEqual(UrgencyLevels.High, DealCall.Extract("we don't need it now, maybe someday").Urgency?.Value);

    [Theory]
    [InlineData("2026-10-01", "we'd decide in about six weeks", TimelineBuckets.ThisQuarter)]
    [InlineData("2026-10-01", "I'd say in two or three weeks we pick one", TimelineBuckets.ThisMonth)]
    [InlineData("2026-10-01", "not this quarter, the budget is spent", TimelineBuckets.NextQuarter)] // a negated period under way is a wait
    [InlineData("2026-10-01", "we'll decide, but not this year", TimelineBuckets.NextQuarter)]
    [InlineData("2026-10-01", "we'd decide probably after christmas", TimelineBuckets.NextQuarter)] // a wait into the year-end lull
    [InlineData("2026-10-01", "we'll look at it, not before christmas though", TimelineBuckets.NextQuarter)]
    [InlineData("2026-10-01", "we'd decide after thanksgiving", TimelineBuckets.ThisQuarter)]
    [InlineData("2026-12-09", "we want to choose before year end", TimelineBuckets.ThisQuarter)] // a named year end, like a quarter end
    [InlineData("2026-12-08", "we want to switch before the new year", TimelineBuckets.ThisMonth)]
    public void Extract_HedgedNegatedOrHolidayDates_GiveTheirBucket(string day, string line, string expected) =>
        Assert.Equal(expected, DealCall.ExtractOn(day, line).DecisionTimeline?.Value);
}
