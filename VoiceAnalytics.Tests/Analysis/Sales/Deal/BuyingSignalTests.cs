using VoiceAnalytics.Core.Analysis.Sales.Deal;

namespace VoiceAnalytics.Tests.Analysis.Sales.Deal;

public sealed class BuyingSignalTests
{
    private const string Booked = """{"success": true, "meeting_link": "https://meet.example/abc", "calendar_event_id": "evt1"}""";

    [Theory]
    [InlineData("what would the next steps be to get started?")]
    [InlineData("how can we sign up for the annual plan?")]
    [InlineData("we're ready to move forward with this")]
    [InlineData("I'm going to upgrade us this week")]
    [InlineData("where do I enter my card to pay?")]
    [InlineData("what do we need to do to get the whole team on it?")]
    public void Extract_AsksHowToBuyOrCommits_IsStrong(string line) =>
        Assert.Equal(BuyingSignalLevels.Strong, DealCall.Extract(line).BuyingSignal.Value);

    [Fact]
    public void Extract_NotSoldYet_IsNotStrong() =>
        Assert.NotEqual(BuyingSignalLevels.Strong, DealCall.Extract("I'm not sold on it yet, to be honest").BuyingSignal.Value);

    [Fact]
    public void Extract_LetsDoItToAMeetingOffer_IsTheMeetingSoMedium()
    {
        var deal = DealCall.On()
            .User("we send a lot of quotes")
            .Assistant("Would a quick call with our sales team help?")
            .User("sure, let's do it")
            .Booking(Booked)
            .Extract();

        Assert.Equal(BuyingSignalLevels.Medium, deal.BuyingSignal.Value);
    }

    [Fact]
    public void Extract_LetsDoItWithoutAnOffer_IsStrong() =>
        Assert.Equal(
            BuyingSignalLevels.Strong,
            DealCall.On().Assistant("The Business plan has everything you listed.").User("perfect, let's do it").Extract().BuyingSignal.Value);

    [Fact]
    public void Extract_DecisionTimelineWithoutMeeting_IsMedium() =>
        Assert.Equal(BuyingSignalLevels.Medium, DealCall.Extract("we'll decide by the end of the month").BuyingSignal.Value);

    [Fact]
    public void Extract_DecisionTimelineFromAPlainlyUnhappyUser_IsWeak() =>
        Assert.Equal(
            BuyingSignalLevels.Weak,
            DealCall.Extract(
                "honestly this has been frustrating, the editor is clunky and the templates are useless",
                "I'm really disappointed, it's a mess",
                "we'll decide by the end of the month").BuyingSignal.Value);

    [Fact]
    public void Extract_DecisionTimelineAfterOneMildComplaint_StaysMedium() =>
        Assert.Equal(
            BuyingSignalLevels.Medium,
            DealCall.Extract(
                "the editor is a bit clunky",
                "we send about forty contracts a month",
                "we'll decide by the end of the month").BuyingSignal.Value);

    [Fact]
    public void Extract_FailedBookingAttempt_IsMedium() =>
        Assert.Equal(BuyingSignalLevels.Medium, DealCall.On().User("sure, book it").Booking("Booking failed: no slots", isError: true).Extract().BuyingSignal.Value);

    [Theory]
    [InlineData("just looking around for now, but I like it so far")]
    [InlineData("I'll keep playing with the templates this week")]
    public void Extract_InterestOnly_IsWeak(string line) =>
        Assert.Equal(BuyingSignalLevels.Weak, DealCall.Extract(line).BuyingSignal.Value);

    [Fact]
    public void Extract_GivesUp_IsNone() =>
        Assert.Equal(BuyingSignalLevels.None, DealCall.Extract("forget it, this is not for us").BuyingSignal.Value);

    [Fact]
    public void Extract_NoSignalAtAll_IsNoneWithoutEvidence()
    {
        var signal = DealCall.Extract("sorry, wrong number").BuyingSignal;

        Assert.Equal(BuyingSignalLevels.None, signal.Value);
        Assert.Null(signal.Evidence);
    }

    [Theory]
    [InlineData("how can we get an official quote for thirty seats?")]
    [InlineData("how do I add my two agents to the account?")]
    [InlineData("what's the process for purchasing the annual plan?")]
    [InlineData("what do we need to do to actually get this going?")]
    [InlineData("could you send over the order form this afternoon")]
    [InlineData("just tell me whatever I need to sign")]
    [InlineData("I want it purchased before our books close")]
    [InlineData("great, let's get the whole office on it")]
    public void Extract_AsksHowToBuyInOtherWords_IsStrong(string line) =>
        Assert.Equal(BuyingSignalLevels.Strong, DealCall.Extract(line).BuyingSignal.Value);

    [Fact]
    public void Extract_AsksHowToSendAQuoteToTheirClient_IsNotStrong() =>
        Assert.NotEqual(BuyingSignalLevels.Strong, DealCall.Extract("how do I get a quote out to my client from a template?").BuyingSignal.Value);

    [Theory]
    [InlineData("we were hoping to switch before the audit in February", "no, honestly this is not for us, thanks anyway")]
    [InlineData("I wanted it live by next month", "we're just going to renew with the old vendor")]
    [InlineData("what are the next steps?", "hmm, at that price we're done here")]
    public void Extract_UserWhoRefusesAtTheEnd_IsNoneDespiteEarlierTimelineOrAsk(string early, string last) =>
        Assert.Equal(BuyingSignalLevels.None, DealCall.Extract(early, "mm okay", last).BuyingSignal.Value);

    [Fact]
    public void Extract_RefusalEarlyThenAskToBuyAtTheEnd_IsStrong() =>
        Assert.Equal(BuyingSignalLevels.Strong,
            DealCall.Extract("I thought this wasn't for us", "ok that changes things", "fine, the API answer settles it", "how do we upgrade to the business plan?").BuyingSignal.Value);

    [Fact]
    public void Extract_RefusalOfAnotherToolWhileBookingAMeeting_StaysMedium() =>
        Assert.Equal(BuyingSignalLevels.Medium,
            DealCall.On().User("our old vendor is not for us anymore").Booking("Meeting booked for Tuesday at 2pm").Extract().BuyingSignal.Value);

    [Theory]
    [InlineData("just walk me through it, tell me how we upgrade to the business plan")]
    [InlineData("whats the next step from here")]
    [InlineData("whats the quickest way to get this bought and set up")]
    [InlineData("so what we need to do to get going on the annual plan")]
    [InlineData("how do i get pricing for seven seats so i can show my boss")]
    [InlineData("ok email me the order form and ill get it signed")]
    [InlineData("once we roll it out to the warehouse crew in june they'll love it")]
    [InlineData("fine ill just put it on the corporate card tonight")]
    [InlineData("so how do I actually switch over from the free trial")]
    public void Extract_SpokenCommitment_IsStrong(string line) =>
        Assert.Equal(BuyingSignalLevels.Strong, DealCall.Extract(line).BuyingSignal.Value);

    [Fact]
    public void Extract_HypotheticalRollOut_IsNotStrong() =>
        Assert.NotEqual(BuyingSignalLevels.Strong, DealCall.Extract("if we ever switched we'd roll it out to the field techs first").BuyingSignal.Value);

    private static DealSignals NeedCall(params string[] userLines)
    {
        var call = DealCall.On();
        foreach (var line in userLines)
        {
            call.Assistant("Tell me more.").User(line);
        }

        return call.Extract(needStated: true);
    }

    [Fact]
    public void Extract_StatedNeedWithoutOtherSignal_IsWeak() =>
        Assert.Equal(BuyingSignalLevels.Weak, NeedCall("we mostly send service agreements", "three of us would use it", "ok thanks, bye").BuyingSignal.Value);

    [Fact]
    public void Extract_StatedNeedInAOneExchangeCall_StaysNone() =>
        Assert.Equal(BuyingSignalLevels.None, NeedCall("we mostly send service agreements", "ok thanks, bye").BuyingSignal.Value);

    [Theory]
    [InlineData("so what's the point of switching then")]
    [InlineData("never mind, too expensive for me")]
    [InlineData("I'm not paying a monthly fee for two documents")]
    public void Extract_StatedNeedThenDeflates_StaysNone(string last) =>
        Assert.Equal(BuyingSignalLevels.None, NeedCall("we mostly send service agreements", "three of us would use it", last).BuyingSignal.Value);

    [Fact]
    public void Extract_NoStatedNeed_StaysNone() =>
        Assert.Equal(BuyingSignalLevels.None, DealCall.Extract("we mostly send service agreements", "three of us would use it", "ok thanks, bye").BuyingSignal.Value);

    [Fact]
    public void Extract_StayingPutAtTheEnd_IsNoneDespiteTimeline() =>
        Assert.Equal(BuyingSignalLevels.None, DealCall.Extract("we'll decide by the end of the month", "hm okay", "honestly I'm probably staying put with our current tool").BuyingSignal.Value);

    [Fact]
    public void Extract_NotForUsInsideAnIfClause_IsNotAGiveUp() =>
        Assert.Equal(BuyingSignalLevels.Weak, DealCall.Extract("I like it so far", "and how do I cancel if we decide it's not for us?").BuyingSignal.Value);

    [Theory]
    [InlineData("great, I'll just buy it today")]
    [InlineData("okay I'm gonna upgrade tonight")]
    [InlineData("so how do we go about buying it?")]
    [InlineData("which plan should I pick for the two of us?")]
    [InlineData("can you send me a quote for six seats?")]
    [InlineData("we want to get started this week")]
    [InlineData("please, how I upgrade from the trial?")]
    [InlineData("and how fast can we go live?")]
    [InlineData("it's my firm, I'm gonna roll it out to the associates at the end of the quarter")]
    [InlineData("my trial ends Friday and I want to be on a paid plan before then")]
    [InlineData("I sign the checks, so how do I get my three reps set up today?")]
    public void Extract_PurchaseStepInOtherWords_IsStrong(string line) =>
        Assert.Equal(BuyingSignalLevels.Strong, DealCall.Extract(line).BuyingSignal.Value);

    [Theory]
    [InlineData("that's how we pay our vendors today")]
    [InlineData("I'm not gonna buy anything this year")]
    [InlineData("which plan is the cheapest one?")]
    [InlineData("how do I get the salesforce integration set up?")]
    [InlineData("I'm not gonna roll it out before the audit")]
    public void Extract_DescriptionOrRefusalNearPurchaseWords_IsNotStrong(string line) =>
        Assert.NotEqual(BuyingSignalLevels.Strong, DealCall.Extract(line).BuyingSignal.Value);
}
