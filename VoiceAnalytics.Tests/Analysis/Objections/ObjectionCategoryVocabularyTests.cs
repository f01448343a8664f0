using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Objections;

namespace VoiceAnalytics.Tests.Analysis.Objections;

/// <summary>
/// Objections said without the words the first rules were written for: a part of the product judged badly, price
/// idioms, waiting in other verbs, trust doubts put as questions or through someone else, a fresh term with the
/// incumbent, people who will not take up a new tool.
/// </summary>
public sealed class ObjectionCategoryVocabularyTests
{
    private const string Prompt = "Tell me a bit more about how the team would use it.";

    [Theory]
    [InlineData("honestly the document editor feels really clunky")]
    [InlineData("it was pretty confusing to set up the approval steps, took me an hour")]
    [InlineData("the whole interface looks a bit dated to be honest")]
    [InlineData("my assistant found the dashboard overwhelming")]
    [InlineData("the reporting side is pretty basic for a firm like ours")]
    [InlineData("the builder is not so comfortable to use, things move around")]
    [InlineData("I found the template editor really finicky on a tablet")]
    [InlineData("the pdf export is slow on bigger files")]
    [InlineData("the whole tool feels a bit overcomplicated for a small team")]
    public void Analyze_ProductPartJudgedBadly_GivesFeatures(string said)
    {
        Assert.Equal(["features"], Categories(new CallScript().Agent(Prompt).User(said)));
    }

    [Theory]
    [InlineData("the editor is really easy, I built a template in ten minutes")]
    [InlineData("I don't think the interface is confusing at all")]
    [InlineData("is it hard to set up for a small office?")]
    [InlineData("our current editor in Word is clunky, that's why we're looking")]
    [InlineData("the old system we had looked so dated")]
    public void Analyze_PraiseQuestionOrIncumbentJudged_GivesNoFeatures(string said)
    {
        Assert.DoesNotContain("features", Categories(new CallScript().Agent(Prompt).User(said)));
    }

    [Theory]
    [InlineData("the per seat price is a bit rich for a studio our size")]
    [InlineData("to be honest that number is out of our league")]
    [InlineData("I can't stomach that every single month")]
    [InlineData("the price is a little bit high for us")]
    [InlineData("we'd be paying for four seats that sit idle most of the year")]
    [InlineData("so I have to buy the top plan just to get the payments piece?")]
    [InlineData("hm, that's pricier than I expected")]
    [InlineData("that's quite a jump from what we pay today")]
    public void Analyze_PriceIdiom_GivesPricing(string said)
    {
        Assert.Equal(["pricing"], Categories(new CallScript().Agent(Prompt).User(said)));
    }

    [Fact]
    public void Analyze_CompetitorTriedBeforeCalledExpensive_IsNotPricing()
    {
        var call = new CallScript().Agent(Prompt).User("we used docusign a while back but it was too expensive so we dropped it");

        Assert.DoesNotContain("pricing", Categories(call));
    }

    [Theory]
    [InlineData("I had a look at Adobe Sign because my accountant swears by it, but I found it a bit much.")]
    [InlineData("we moved our forms to Jotform about two years ago and honestly it's a bit much for us")]
    [InlineData("we stopped DocuSign in the spring, too expensive for what we send")]
    public void Analyze_CompetitorHadOrLeftJudgedOnPrice_IsNotPricing(string said)
    {
        Assert.DoesNotContain("pricing", Categories(new CallScript().Agent(Prompt).User(said)));
    }

    [Fact]
    public void Analyze_CompetitorTierTheyMakeYouBuy_IsNotPricing()
    {
        var call = new CallScript().Agent(Prompt).User("we moved our intake to Jotform two years ago and the HIPAA tier they make you buy is pricey");

        Assert.DoesNotContain("pricing", Categories(call));
    }

    [Fact]
    public void Analyze_PriceAddressedToTheAgentAfterACompetitorLeft_StillPricing()
    {
        var call = new CallScript().Agent(Prompt).User("we dropped Jotform last year, and honestly you are pricey too");

        Assert.Contains("pricing", Categories(call));
    }

    [Fact]
    public void Analyze_PriceJudgedAgainstACompetitorTriedBefore_StillPricing()
    {
        var call = new CallScript().Agent(Prompt).User("I had a look at your plans and found them a bit much compared to Zoho Sign.");

        Assert.Contains("pricing", Categories(call));
    }

    [Fact]
    public void Analyze_FriendSaysCompetitorIsExpensive_StillPricing()
    {
        var call = new CallScript().Agent(Prompt).User("how much would it be for ten people? a friend uses docusign and says it is expensive");

        Assert.Contains("pricing", Categories(call));
    }

    [Theory]
    [InlineData("we're going to wait until after the holidays to decide anything")]
    [InlineData("my director said to park it until the second quarter")]
    [InlineData("the rollout would have to wait, half the office is on leave")]
    [InlineData("it's just not the right moment for us, we're moving buildings")]
    [InlineData("honestly this is something for next year")]
    [InlineData("we're stretched really thin right now with the merger")]
    [InlineData("we're not in a position to change anything this quarter")]
    [InlineData("give us a couple of months, we're still hiring")]
    [InlineData("the timing's just off for us")]
    public void Analyze_WaitingInOtherWords_GivesTiming(string said)
    {
        Assert.Equal(["timing"], Categories(new CallScript().Agent(Prompt).User(said)));
    }

    [Fact]
    public void Analyze_CannotWaitToStart_IsNotTiming()
    {
        var call = new CallScript().Agent(Prompt).User("I can't wait until the whole team is on it");

        Assert.DoesNotContain("timing", Categories(call));
    }

    [Theory]
    [InlineData("what happens if it's not legally valid in Austria?")]
    [InlineData("before anything I need to know who on your end can see our files")]
    [InlineData("our owner doesn't trust cloud storage with client contracts")]
    [InlineData("does anyone outside our firm get access to what we upload?")]
    [InlineData("I heard e-signatures aren't accepted for some property transfers here")]
    public void Analyze_TrustDoubtAsQuestionOrThroughOthers_GivesTrust(string said)
    {
        Assert.Equal(["trust"], Categories(new CallScript().Agent(Prompt).User(said)));
    }

    [Theory]
    [InlineData("we just signed another two years with DocuSign")]
    [InlineData("the whole group is standardized on Adobe Sign")]
    public void Analyze_FreshTermOrCompanyStandard_GivesCompetitor(string said)
    {
        Assert.Equal(["competitor"], Categories(new CallScript().Agent(Prompt).User(said)));
    }

    [Theory]
    [InlineData("getting thirty drivers to actually use a new app is the hard part")]
    [InlineData("our senior staff will hate learning another system")]
    [InlineData("the older partners like their paper and they won't change")]
    public void Analyze_PeopleWhoWillNotTakeItUp_GivesOther(string said)
    {
        Assert.Equal(["other"], Categories(new CallScript().Agent(Prompt).User(said)));
    }

    [Theory]
    [InlineData("I'd have to check it's compliant with the bar association rules first")]
    [InlineData("are the signed files tamper proof? that matters in disputes")]
    public void Analyze_CheckBeforeBuyingOrTamperProof_GivesTrust(string said)
    {
        Assert.Equal(["trust"], Categories(new CallScript().Agent(Prompt).User(said)));
    }

    [Fact]
    public void Analyze_SyncThatKeptDropping_GivesIntegration()
    {
        var call = new CallScript().Agent(Prompt).User("the Salesforce sync kept dropping fields when I tried it");

        Assert.Equal(["integration"], Categories(call));
    }

    private static IReadOnlyList<string> Categories(CallScript call) =>
        new ObjectionsAndCompetitorsAnalyzer().Analyze(AnalysisInput.ForSession(call.Build())).Categories;
}
