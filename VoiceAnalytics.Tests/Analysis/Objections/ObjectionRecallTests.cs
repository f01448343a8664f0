using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Objections;

namespace VoiceAnalytics.Tests.Analysis.Objections;

/// <summary>Objections raised indirectly: vocabularies of each concept, clause scope, and the agent's context.</summary>
public sealed class ObjectionRecallTests
{
    [Theory]
    [InlineData("Seats for the whole crew, that adds up quickly.")]
    [InlineData("Their tool is way cheaper, to be honest.")]
    [InlineData("So I'd be paying more than our old setup costs us.")]
    [InlineData("Honestly this tier is too much for a two-person studio.")]
    [InlineData("We run this place on a shoestring.")]
    [InlineData("Is there a lighter plan we could start on?")]
    [InlineData("Our owner would never approve that kind of pricing.")]
    public void Analyze_IndirectPriceConcern_GivesPricing(string said)
    {
        Assert.Equal(["pricing"], Categories(new CallScript().Agent("How is the trial going?").User(said)));
    }

    [Fact]
    public void Analyze_NegatorInsideIfClause_DoesNotCancelTheConcern()
    {
        var call = new CallScript().Agent("Anything else?").User("If the signature isn't legally binding here it's pointless for us.");

        Assert.Equal(["trust"], Categories(call));
    }

    [Fact]
    public void Analyze_ConditionalRefusal_GivesTheConditionsTopic()
    {
        var call = new CallScript().Agent("Anything else?").User("If it can't sync with our ERP we're not interested, simple as that.");

        Assert.Equal(["integration"], Categories(call));
    }

    [Fact]
    public void Analyze_WaitCausedByAContract_IsCompetitorNotTiming()
    {
        var call = new CallScript()
            .Agent("What do you use today?")
            .User("We're on a two-year agreement with SignNow that runs until October, so we can't switch before then.");

        Assert.Equal(["competitor"], Categories(call));
    }

    [Theory]
    [InlineData("There's no budget for new software until the fiscal year starts in July.")]
    [InlineData("We're swamped with year-end close, nobody has time to learn a new tool right now.")]
    [InlineData("Honestly the timing is bad, it's the middle of our harvest rush.")]
    public void Analyze_NotNowBecauseOfTheCalendar_GivesTiming(string said)
    {
        Assert.Equal(["timing"], Categories(new CallScript().Agent("How is the trial going?").User(said)));
    }

    [Fact]
    public void Analyze_AnswerToAConcernQuestion_GivesEachTopicNamed()
    {
        var call = new CallScript()
            .Agent("Is there anything that worries you about switching?")
            .User("mostly the cost, and whether our files end up on servers outside Canada.");

        Assert.Equal(["pricing", "trust"], Categories(call));
    }

    [Fact]
    public void Analyze_DeclinedConcernQuestion_GivesNoObjection()
    {
        var call = new CallScript()
            .Agent("Any concerns on your side?")
            .User("nope, nothing really, the pricing page was clear.");

        Assert.Empty(Categories(call));
    }

    [Theory]
    [InlineData("Would a typed name even be legally binding for a lease in Ontario?")]
    [InlineData("Our broker is going to ask whether e-signatures hold up in probate.")]
    public void Analyze_DoubtAboutLegalValidity_GivesTrust(string said)
    {
        Assert.Equal(["trust"], Categories(new CallScript().Agent("What else can I help with?").User(said)));
    }

    [Fact]
    public void Analyze_ReactionAfterInterjections_StillCounts()
    {
        var call = new CallScript()
            .User("does it work with Okta for single sign-on?")
            .Agent("I couldn't find anything confirming Okta single sign-on.")
            .User("hmm. right. that's a real problem for our IT team.");

        Assert.Equal(["trust"], Categories(call));
    }

    [Fact]
    public void Analyze_RhetoricalChallengeAfterAMissingIntegration_GivesIntegration()
    {
        var call = new CallScript()
            .User("can it send signed files to Canvas?")
            .Agent("I'm not finding a Canvas integration either.")
            .User("so we'd export and upload by hand. like today. what's the point then?");

        Assert.Equal(["integration"], Categories(call));
    }

    [Fact]
    public void Analyze_UserAcceptsTheGap_GivesNoObjection()
    {
        var call = new CallScript()
            .User("and does it talk to Xero?")
            .Agent("I couldn't find a Xero integration, so I can't confirm that one.")
            .User("no worries, we can live without that, the rest is what matters.");

        Assert.Empty(Categories(call));
    }

    private static IReadOnlyList<string> Categories(CallScript call) =>
        new ObjectionsAndCompetitorsAnalyzer().Analyze(AnalysisInput.ForSession(call.Build())).Categories;
}
