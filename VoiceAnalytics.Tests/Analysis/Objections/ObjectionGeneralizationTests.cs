using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Objections;

namespace VoiceAnalytics.Tests.Analysis.Objections;

/// <summary>
/// Issue 8: objections said in ways the first vocabularies missed (a broken trial, price worded
/// as a comparison, a wait for something to finish) and declines that are no objection.
/// </summary>
public sealed class ObjectionGeneralizationTests
{
    [Theory]
    [InlineData("The editor crashed twice this morning and I lost my draft.")]
    [InlineData("Why does it keep logging me out every few minutes?")]
    public void Analyze_TrialFailingTheUser_GivesOther(string said)
    {
        Assert.Equal(["other"], Categories(new CallScript().Agent("How is the trial going?").User(said)));
    }

    [Fact]
    public void Analyze_DefectOfTheCompetitorsTool_GivesNoObjection()
    {
        var call = new CallScript().Agent("Why are you looking around?").User("Honestly SignNow crashed on us all the time.");

        Assert.Empty(Categories(call));
    }

    [Theory]
    [InlineData("Is this gonna cost me more than Jotform did?")]
    [InlineData("Would you guys be cheaper for a team of nine?")]
    [InlineData("Your seats are a bit dear for a shop our size.")]
    [InlineData("Look, that's more than I wanna spend on contracts.")]
    public void Analyze_PriceAsComparisonOrRegionalWord_GivesPricing(string said)
    {
        Assert.Equal(["pricing"], Categories(new CallScript().Agent("Any thoughts on the plans?").User(said)));
    }

    [Fact]
    public void Analyze_MoreThanEnough_GivesNoPricing()
    {
        var call = new CallScript().Agent("Any thoughts on the plans?").User("The starter plan will be more than enough for us.");

        Assert.Empty(Categories(call));
    }

    [Theory]
    [InlineData("Honestly nothing is happening till the warehouse move is done.")]
    [InlineData("We're flat out with audits until March, so not before then.")]
    public void Analyze_WaitForSomethingToFinish_GivesTiming(string said)
    {
        Assert.Equal(["timing"], Categories(new CallScript().Agent("Do you use a CRM?").User(said)));
    }

    [Theory]
    [InlineData("Nah, not right now. Thanks anyway.")]
    [InlineData("Maybe later.")]
    public void Analyze_DecliningTheAgentsOffer_GivesNoTiming(string said)
    {
        var call = new CallScript().Agent("Would you like me to book a call with an account executive?").User(said);

        Assert.Empty(Categories(call));
    }

    [Fact]
    public void Analyze_DeclineWithADate_GivesTiming()
    {
        var call = new CallScript()
            .Agent("Would you like me to book a call with an account executive?")
            .User("Not now, it's too early for us, maybe after the holidays.");

        Assert.Equal(["timing"], Categories(call));
    }

    [Fact]
    public void Analyze_CallItselfBadlyTimed_GivesNoTiming()
    {
        var call = new CallScript().Agent("How is the trial going?").User("Sorry, I'm driving right now, not a good time, call me back?");

        Assert.Empty(Categories(call));
    }

    [Fact]
    public void Analyze_BusiestMonthWorry_GivesTimingNotTheEarlierGap()
    {
        var call = new CallScript()
            .User("does it connect to our booking system?")
            .Agent("I couldn't find an integration with that system.")
            .User("okay, we can manage.")
            .Agent("Anything else on your mind?")
            .User("my one worry is that June is our busiest month, so switching then scares me.");

        Assert.Equal(["timing"], Categories(call));
    }

    [Fact]
    public void Analyze_ReactionToGapThatAlsoNamesPrice_KeepsTheGapAndThePrice()
    {
        var call = new CallScript()
            .User("Can I send the contract in Spanish?")
            .Agent("I couldn't find anything on Spanish contracts.")
            .User("Honestly what's the point of this call, and you cost more than SignNow anyway.");

        Assert.Equal(["features", "pricing"], Categories(call).Order());
    }

    [Fact]
    public void Analyze_ReactionToGapWhosePriceWordsNameAPartOfTheProduct_GivesFeatures()
    {
        var call = new CallScript()
            .User("Can one quote show two currencies side by side?")
            .Agent("I couldn't find a way for a single pricing table to show two currencies.")
            .User("Ugh, that's a problem.");

        Assert.Equal(["features"], Categories(call));
    }

    [Fact]
    public void Analyze_ReactionToAMissingDiscountTheUserAskedFor_GivesPricing()
    {
        var call = new CallScript()
            .User("Is there a lower price for charities?")
            .Agent("I couldn't find a nonprofit discount in our pricing.")
            .User("Ugh, that's a problem.");

        Assert.Equal(["pricing"], Categories(call));
    }

    private static IReadOnlyList<string> Categories(CallScript call) =>
        new ObjectionsAndCompetitorsAnalyzer().Analyze(AnalysisInput.ForSession(call.Build())).Categories;
}
