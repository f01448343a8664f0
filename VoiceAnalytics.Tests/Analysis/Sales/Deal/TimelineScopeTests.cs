using VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;

namespace VoiceAnalytics.Tests.Analysis.Sales.Deal;

// What a date or an urgent word is scoped by: conditions, negation, habits, the clause it restates, and whose step it
// is. Calls start on Thursday 1 October 2026 unless a test says otherwise.
public sealed class TimelineScopeTests
{
    [Fact]
    public void Extract_UrgentWordUnderACondition_IsNoUrgency() =>
        Assert.Null(DealCall.Extract("yes, our CIO will shut this down immediately if it's not HIPAA compliant. is it?").Urgency);

    [Fact]
    public void Extract_UrgentWordAfterAHedgedCondition_StaysHigh() =>
        Assert.Equal(UrgencyLevels.High, DealCall.Extract("yes please this week if possible we need this like yesterday").Urgency?.Value);

    [Fact]
    public void Extract_BeforeTheEndOfTheMonth_IsAMonthTargetNotDays()
    {
        var deal = DealCall.ExtractOn("2026-08-18", "our ceo approves every tool, but he told me get something in place before end of month");

        Assert.Equal(TimelineBuckets.ThisMonth, deal.DecisionTimeline?.Value);
        Assert.Equal(UrgencyLevels.Medium, deal.Urgency?.Value);
    }

    [Fact]
    public void Extract_MonthEndNextWeek_IsMediumUrgency()
    {
        var deal = DealCall.ExtractOn("2026-02-21", "I can sign this alone. I want to decide until end of February.");

        Assert.Equal(TimelineBuckets.ThisMonth, deal.DecisionTimeline?.Value);
        Assert.Equal(UrgencyLevels.Medium, deal.Urgency?.Value);
    }

    [Fact]
    public void Extract_OwnNextStepToday_LosesToTheStatedNeed()
    {
        var deal = DealCall.ExtractOn(
            "2026-10-13",
            "i want this going before the holiday rush, like by mid november",
            "nope it's my store, my call. okay i'm gonna upgrade today.");

        Assert.Equal(TimelineBuckets.ThisQuarter, deal.DecisionTimeline?.Value);
        Assert.Equal(UrgencyLevels.Medium, deal.Urgency?.Value);
    }

    [Theory]
    [InlineData("nah i don't need a meeting, how do i just upgrade, can i do it myself tonight")]
    [InlineData("ok cool ill upgrade tonight")]
    public void Extract_OwnStepWithoutApostropheOrAsked_LosesToTheStatedNeed(string ownStep)
    {
        var deal = DealCall.ExtractOn("2026-09-01", "yeah fall's our rush, i'd want this going in the next couple weeks honestly", ownStep);

        Assert.Equal(TimelineBuckets.ThisMonth, deal.DecisionTimeline?.Value);
    }

    [Fact]
    public void Extract_PlanDeniedFurtherBackInTheClause_IsNoDate() =>
        Assert.NotEqual(TimelineBuckets.ThisWeek, DealCall.Extract("we signed a two-year agreement, so I'm not in a position to switch tomorrow").DecisionTimeline?.Value);

    [Fact]
    public void Extract_NegatorThatOnlyHedges_KeepsTheDate() =>
        Assert.NotNull(DealCall.Extract("honestly not sure we switch next week or the one after").DecisionTimeline);

    [Fact]
    public void Extract_DateInAHabit_IsNoPlan() =>
        Assert.Null(DealCall.Extract("per day we are doing fifteen onboarding packs, sometimes more in march").DecisionTimeline);

    [Fact]
    public void Extract_DateRestatingTheClauseBefore_IsAPlan() =>
        Assert.Equal(
            TimelineBuckets.ThisMonth,
            DealCall.ExtractOn("2026-01-13", "alright i'm sold, i want everybody on it before the spring rush, like this month").DecisionTimeline?.Value);

    [Fact]
    public void Extract_NobodyExpectingADecisionAnyTimeSoon_IsEvaluating()
    {
        var deal = DealCall.Extract(
            "Not until March 2028, and it's a three-year enterprise agreement, so we're locked in till then. Nobody's expecting a decision any time soon.");

        Assert.Equal(TimelineBuckets.Evaluating, deal.DecisionTimeline?.Value);
    }

    [Fact]
    public void Extract_ClosingIt_IsTheDecision() =>
        Assert.Equal(
            TimelineBuckets.ThisQuarter,
            DealCall.ExtractOn("2026-10-21", "we switch offices in march anyway", "our CFO has the final say. we want to close this by end of december itself").DecisionTimeline?.Value);

    [Fact]
    public void Extract_SpokenWannaBeforeAMonth_IsANeed() =>
        Assert.Equal(
            TimelineBuckets.ThisQuarter,
            DealCall.ExtractOn("2026-01-13", "alright. i wanna have it going before march that's when it gets crazy").DecisionTimeline?.Value);

    [Fact]
    public void Extract_BareBeforePointingBackInAMeetingAnswer_IsADeadline()
    {
        var deal = DealCall.On("2026-03-12")
            .Assistant("Would you like me to book a call?")
            .User("Yes please. We open a new wing in the second clinic in two weeks and I want this ready before. Next Monday in the morning, if possible.")
            .Extract();

        Assert.Equal(TimelineBuckets.ThisMonth, deal.DecisionTimeline?.Value);
    }

    [Theory]
    [InlineData("maybe i start next month, not big hurry")]
    [InlineData("Is it possible to prepare everything now and start in February.")]
    public void Extract_UserStartingAtATime_IsThePurchase(string line) =>
        Assert.Equal(TimelineBuckets.NextQuarter, DealCall.ExtractOn("2026-09-30", line).DecisionTimeline?.Value);

    [Fact]
    public void Extract_NamedDayWithinWeeksNextQuarter_IsMedium()
    {
        var deal = DealCall.ExtractOn("2026-09-17", "our renewal is on the first of october");

        Assert.Equal(TimelineBuckets.NextQuarter, deal.DecisionTimeline?.Value);
        Assert.Equal(UrgencyLevels.Medium, deal.Urgency?.Value);
    }

    [Fact]
    public void Extract_LooseMonthNextQuarter_StaysLow() =>
        Assert.Equal(UrgencyLevels.Low, DealCall.ExtractOn("2026-09-30", "maybe we start next month").Urgency?.Value);

    [Fact]
    public void Extract_TodayInAConjunctAboutTheWayThingsAre_IsNowadays() =>
        Assert.NotEqual(
            UrgencyLevels.High,
            DealCall.Extract("and the volunteer forms, which today people fill on paper and somebody has to type them in after").Urgency?.Value);

    [Fact]
    public void Extract_TurnOpeningOnTheDate_AnswersWhen()
    {
        var deal = DealCall.On("2026-11-12")
            .Assistant("How soon are you hoping to switch over?")
            .User("today honestly, or this week for sure")
            .Extract();

        Assert.Equal(TimelineBuckets.ThisWeek, deal.DecisionTimeline?.Value);
    }

    [Fact]
    public void Extract_OnAToolUntilAMonth_IsAWait()
    {
        var deal = DealCall.ExtractOn("2027-07-11", "we're on DocuSign until October and we can't get out of that contract early");

        Assert.Equal(TimelineBuckets.NextQuarter, deal.DecisionTimeline?.Value);
        Assert.Equal(UrgencyLevels.Low, deal.Urgency?.Value);
    }

    [Fact]
    public void Extract_TodayInATurnAskingHowToBuy_IsThisWeek()
    {
        var deal = DealCall.ExtractOn("2026-10-06", "great, how can I purchase the team plan. three seats, today.");

        Assert.Equal(TimelineBuckets.ThisWeek, deal.DecisionTimeline?.Value);
        Assert.Equal(UrgencyLevels.High, deal.Urgency?.Value);
    }

    [Fact]
    public void Extract_TodayAskingHowToBuy_LosesToTheStatedNeed()
    {
        var deal = DealCall.ExtractOn(
            "2026-10-06",
            "we want it live before the end of the month, that's our goal",
            "alright, how do I buy it? today, ideally.");

        Assert.Equal(TimelineBuckets.ThisMonth, deal.DecisionTimeline?.Value);
        Assert.Equal(UrgencyLevels.Medium, deal.Urgency?.Value);
    }

    [Fact]
    public void Extract_TodayMeaningNowadays_StaysOutWithoutAPurchaseQuestion() =>
        Assert.Null(DealCall.ExtractOn("2026-10-06", "we type every lease in Word, three seats, today.").DecisionTimeline);

    [Fact]
    public void Extract_TalkingItOverTonightWithNoRush_IsEvaluating()
    {
        var deal = DealCall.Extract("honestly no rush, we're only comparing a few tools", "ok I'll think it over tonight with my wife");

        Assert.Equal(TimelineBuckets.Evaluating, deal.DecisionTimeline?.Value);
        Assert.Equal(UrgencyLevels.Low, deal.Urgency?.Value);
    }

    [Fact]
    public void Extract_DecidingTonightWithNoRush_KeepsTheDate() =>
        Assert.Equal(
            TimelineBuckets.ThisWeek,
            DealCall.Extract("honestly no rush in general", "but I'll decide tonight after I think it over").DecisionTimeline?.Value);

    [Theory]
    [InlineData("there isn't really a timeline, it goes through the council whenever")]
    [InlineData("we don't have a set deadline for any of this")]
    [InlineData("I'm not working toward any particular time frame")]
    [InlineData("we're not on any clock here")]
    public void Extract_TimelineDeniedInAClause_IsEvaluating(string line)
    {
        var deal = DealCall.Extract(line);

        Assert.Equal(TimelineBuckets.Evaluating, deal.DecisionTimeline?.Value);
        Assert.Equal(UrgencyLevels.Low, deal.Urgency?.Value);
    }

    [Fact]
    public void Extract_DocumentWithoutADeadline_IsNoTimeline() =>
        Assert.Null(DealCall.Extract("the waiver doesn't have a deadline, parents sign it whenever they arrive").DecisionTimeline);

    [Fact]
    public void Extract_WantedBeforeTheWeekend_IsThisWeek()
    {
        var deal = DealCall.ExtractOn("2026-10-06", "our auditors arrive next monday and i need the forms sorted before the weekend");

        Assert.Equal(TimelineBuckets.ThisWeek, deal.DecisionTimeline?.Value);
        Assert.Equal(UrgencyLevels.High, deal.Urgency?.Value);
    }

    [Theory]
    [InlineData("I need the waivers out fast. Camp opens soon.")]
    [InlineData("we have to get everyone onboarded quickly, though")]
    public void Extract_NeedEndingOnSpeed_IsHighUrgency(string line) =>
        Assert.Equal(UrgencyLevels.High, DealCall.Extract(line).Urgency?.Value);

    [Theory]
    [InlineData("I need to quickly check with my office manager about the seats")]
    [InlineData("the per seat cost adds up fast for a team our size")]
    public void Extract_SpeedNotClosingANeed_IsNoUrgency(string line) =>
        Assert.Null(DealCall.Extract(line).Urgency);
}
