using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Objections;

namespace VoiceAnalytics.Tests.Analysis.Objections;

/// <summary>Objections as transcribed speech voices them: degree words, reported doubts, reactions to a gap, scheduling.</summary>
public sealed class ObjectionSpokenRecallTests
{
    [Theory]
    [InlineData("for five of us thats a little much honestly")]
    [InlineData("Hm, that's probably gonna be a lot for a tiny shop like ours.")]
    [InlineData("twenty seats every month, that's serious money for us")]
    [InlineData("we're not paying a subscription just to sign two leases")]
    [InlineData("Our old e-sign tool charges us way less, to be fair.")]
    [InlineData("so that works out more than our entire accounting software bill")]
    public void Analyze_SpokenPriceConcern_GivesPricing(string said)
    {
        Assert.Equal(["pricing"], Categories(new CallScript().Agent("What do you think of the plans?").User(said)));
    }

    [Theory]
    [InlineData("adobe sign is about half the cost and it does what we need")]
    [InlineData("our bookkeeper will balk at another monthly fee honestly")]
    [InlineData("the board is gonna choke on the per seat number")]
    public void Analyze_PriceConcernByComparisonOrThroughOthers_GivesPricing(string said)
    {
        Assert.Contains("pricing", Categories(new CallScript().Agent("How does it compare for you?").User(said)));
    }

    [Fact]
    public void Analyze_BalkingAtSomethingOtherThanMoney_IsNotPricing()
    {
        var call = new CallScript().Agent("How will the team take it?").User("the older agents might balk at learning new software");

        Assert.DoesNotContain("pricing", Categories(call));
    }

    [Fact]
    public void Analyze_RefusingToKeepPayingTheIncumbent_IsNotPricing()
    {
        var call = new CallScript().Agent("What's driving the change?").User("Our renewal is next month and I'm not paying them for another year of that.");

        Assert.DoesNotContain("pricing", Categories(call));
    }

    [Fact]
    public void Analyze_PartnerCallsItOverkill_GivesPricing()
    {
        var call = new CallScript().Agent("Anything holding you back?").User("my cofounder says its overkill. we'd be paying monthly for stuff the two of us never touch");

        Assert.Contains("pricing", Categories(call));
    }

    [Theory]
    [InlineData("we have an agreement with signnow that goes through august so nothing changes before that")]
    [InlineData("the contract with them is until the end of next year and I can't break it without a fee")]
    public void Analyze_ContractWithIncumbentToADate_IsCompetitorNotTiming(string said)
    {
        Assert.Equal(["competitor"], Categories(new CallScript().Agent("What do you use today?").User(said)));
    }

    [Theory]
    [InlineData("our compliance officer will ask is it hipaa compliant before anything else")]
    [InlineData("Where would our client records actually be stored, which country")]
    [InlineData("is a typed name even legally valid for a lease here.")]
    public void Analyze_TrustDoubtWithoutQuestionMark_GivesTrust(string said)
    {
        Assert.Equal(["trust"], Categories(new CallScript().Agent("Anything else on your mind?").User(said)));
    }

    [Fact]
    public void Analyze_RequirementThenHardNo_GivesTrust()
    {
        var call = new CallScript().Agent("Any requirements?").User("Do you do single sign-on through Azure AD? Because if not it's a hard no from us.");

        Assert.Equal(["trust"], Categories(call));
    }

    [Theory]
    [InlineData("hmm. ok. that's pretty much the core of how we work though")]
    [InlineData("ugh, alright")]
    [InlineData("yeah that one's kind of a must for the ops team")]
    public void Analyze_WeighedReactionToIntegrationGap_GivesIntegration(string reaction)
    {
        Assert.Equal(["integration"], Categories(IntegrationGap(reaction)));
    }

    [Theory]
    [InlineData("Hm, okay. Not a dealbreaker, we can export a CSV.")]
    [InlineData("eh no big deal, we'll manage")]
    public void Analyze_ShruggedOffGap_IsNoObjection(string reaction)
    {
        Assert.Empty(Categories(IntegrationGap(reaction)));
    }

    [Theory]
    [InlineData("Typical. So my coordinators keep keying every job number in twice.")]
    [InlineData("go figure. then its re entering the totals by hand like always")]
    [InlineData("ok so we'd still be doing the cost sheets manually")]
    public void Analyze_ResignationOrManualReentryAfterIntegrationGap_GivesIntegration(string reaction)
    {
        Assert.Equal(["integration"], Categories(IntegrationGap(reaction)));
    }

    [Theory]
    [InlineData("we run on signwell and honestly the boss prepaid them through next spring")]
    [InlineData("its eversign right now, we're already paid up till october so")]
    [InlineData("Adobe Sign. We paid the whole year up front in January.")]
    public void Analyze_IncumbentAlreadyPaidForAPeriod_GivesCompetitor(string said)
    {
        Assert.Equal(["competitor"], Categories(new CallScript().Agent("What do you use today?").User(said)));
    }

    [Fact]
    public void Analyze_OfferingToPrepayPandaDoc_IsNoCompetitorObjection()
    {
        var call = new CallScript().Agent("Any questions on billing?").User("if there's a discount I'd happily pay for two years in advance");

        Assert.DoesNotContain("competitor", Categories(call));
    }

    [Theory]
    [InlineData("hmm thats a real problem for the crews down in the basements")]
    [InlineData("ugh. our inspectors are out in the sticks half the day")]
    public void Analyze_GapInWorkingWithoutANetworkConnection_GivesFeaturesNotIntegration(string reaction)
    {
        var call = new CallScript()
            .Agent("Anything the field team needs?")
            .User("they sign in basements with zero bars most days, will it work offline")
            .Search("offline signing", 0)
            .Agent("Signing works in a mobile browser, but I couldn't confirm signing without an internet connection.")
            .User(reaction);

        Assert.Equal(["features"], Categories(call));
    }

    [Fact]
    public void Analyze_SpottyConnectionInAConcern_IsNoIntegrationObjection()
    {
        var call = new CallScript().Agent("Anything that worries you?").User("my worry is the wifi connection out at the farms is pretty spotty");

        Assert.DoesNotContain("integration", Categories(call));
    }

    [Theory]
    [InlineData("eh the quickbooks sync is really our bookkeeper's problem, not mine")]
    [InlineData("Salesforce? Honestly that's someone else's headache, I just send the proposals.")]
    public void Analyze_TopicHandedToSomeoneElse_IsNoObjection(string said)
    {
        Assert.Empty(Categories(new CallScript().Agent("How does that fit with your other systems?").User(said)));
    }

    [Fact]
    public void Analyze_ProblemWithThePossessiveOfIt_StillCounts()
    {
        var call = new CallScript().Agent("How does that fit with your other systems?").User("if it doesnt sync with hubspot that's a problem for us");

        Assert.Contains("integration", Categories(call));
    }

    [Fact]
    public void Analyze_NotThisWeekWhileSchedulingACall_IsNoTimingObjection()
    {
        var call = new CallScript()
            .Agent("Want me to set up a call with an account executive?")
            .User("sure but not this week, wednesday at two works");

        Assert.DoesNotContain("timing", Categories(call));
    }

    [Fact]
    public void Analyze_NotRightNowToALongOfferOfACall_IsNoTimingObjection()
    {
        var call = new CallScript()
            .Agent("Fair enough. Would a short call with one of our account executives help?")
            .User("Nah, not right now.");

        Assert.DoesNotContain("timing", Categories(call));
    }

    private static CallScript IntegrationGap(string reaction) =>
        new CallScript()
            .Agent("Anything you need it to connect to?")
            .User("we run everything out of Procore, does it link to that")
            .Search("Procore integration", 0)
            .Agent("I couldn't find a Procore integration, so I can't confirm that one.")
            .User(reaction);

    private static IReadOnlyList<string> Categories(CallScript call) =>
        new ObjectionsAndCompetitorsAnalyzer().Analyze(AnalysisInput.ForSession(call.Build())).Categories;
}
