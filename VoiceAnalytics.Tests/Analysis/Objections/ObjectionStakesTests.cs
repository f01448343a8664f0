using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Objections;

namespace VoiceAnalytics.Tests.Analysis.Objections;

/// <summary>
/// Objections that show what is at stake rather than naming a concern: a security question the purchase hangs on, a
/// contract that holds the switch back, a price called harsh, a reaction to a missing security capability.
/// </summary>
public sealed class ObjectionStakesTests
{
    [Theory]
    [InlineData("Without single sign-on our IT team won't approve it, period.")] // "without" does not undo "won't approve"
    [InlineData("where's the data kept? we hold medical records for kids")]
    [InlineData("is all the data stored in the EU")]
    [InlineData("my partner asked me whether a signature like that would hold up in probate court")]
    [InlineData("our insurer is gonna want to know if you're SOC 2 audited")]
    [InlineData("Is it GDPR compliant? If it isn't, I can't take it to my director.")]
    [InlineData("we can't bring on any vendor that doesn't pass our risk assessment")]
    [InlineData("parents share very personal information with us. is it encrypted end to end?")]
    [InlineData("the partners get twitchy about where client files sit")]
    [InlineData("the first thing the clinic owners are gonna ask is about HIPAA")]
    [InlineData("the regulator says contracts must be kept for ten years, so we need that before we buy")]
    public void Analyze_SecurityQuestionThePurchaseHangsOn_GivesTrust(string said)
    {
        Assert.Equal(["trust"], Categories(new CallScript().Agent("Anything else you need to know?").User(said)));
    }

    [Theory]
    [InlineData("Is single sign-on included on the business plan?")]
    [InlineData("Do you work with Okta? If not, no worries, passwords are fine for now.")]
    [InlineData("we keep customer data in Salesforce and it should come across into the documents")]
    public void Analyze_PlainSecurityQuestionOrDataTalk_IsNoObjection(string said)
    {
        Assert.Empty(Categories(new CallScript().Agent("Anything else you need to know?").User(said)));
    }

    [Theory]
    [InlineData("we've got a subscription with Adobe Sign that carries on till next spring, so nothing moves before that")]
    [InlineData("we're committed to DocuSign until the renewal in March")]
    [InlineData("we signed a two year Dropbox Sign contract last summer")]
    public void Analyze_ContractWithCompetitorSaidAnotherWay_GivesCompetitor(string said)
    {
        Assert.Equal(["competitor"], Categories(new CallScript().Agent("What do you use today?").User(said)));
    }

    [Fact]
    public void Analyze_WaitExplainedByCompetitorContract_IsCompetitorNotTiming()
    {
        var call = new CallScript().Agent("What's your timeline?")
            .User("we signed a three year docusign deal that only ends in june so we can't switch before then");

        Assert.Equal(["competitor"], Categories(call));
    }

    [Fact]
    public void Analyze_WaitWithoutACompetitorContract_StaysTiming()
    {
        var call = new CallScript().Agent("What's your timeline?")
            .User("our plan runs through the busy season, we can't switch before then");

        Assert.Equal(["timing"], Categories(call));
    }

    [Theory]
    [InlineData("your pricing is painful for a shop our size")]
    [InlineData("the enterprise tier is insane for eight people")]
    [InlineData("for twenty users it becomes quite heavy for us")]
    public void Analyze_PriceCalledHarsh_GivesPricing(string said)
    {
        Assert.Equal(["pricing"], Categories(new CallScript().Agent("What do you think of the plans?").User(said)));
    }

    [Theory]
    [InlineData("honestly the price is crazy good for what it does")]
    [InlineData("it's crazy how fast the editor is")]
    public void Analyze_CrazyThatPraises_IsNoPricing(string said)
    {
        Assert.DoesNotContain("pricing", Categories(new CallScript().Agent("What do you think so far?").User(said)));
    }

    [Fact]
    public void Analyze_WhyPayForTwoToolsWhileDescribingTheIncumbent_GivesPricing()
    {
        var call = new CallScript().Agent("What are you using today?")
            .User("HoneyBook does all of it for thirty a month. So why would I pay for two tools?");

        Assert.Contains("pricing", Categories(call));
    }

    [Theory]
    [InlineData("I couldn't confirm SAML single sign-on in our knowledge base, an account executive would need to check.", "trust")]
    [InlineData("I couldn't find a native Pipedrive integration, so I can't promise that one.", "integration")]
    [InlineData("I couldn't find an offline signing mode, so I can't promise that.", "features")]
    public void Analyze_LetDownByAMissingCapability_TakesTheGapsTopic(string limitation, string expected)
    {
        var call = new CallScript().Agent("Anything else?").User("one more thing I need to check")
            .Agent(limitation)
            .User("Ugh, that's a let down.");

        Assert.Equal([expected], Categories(call));
    }

    [Fact]
    public void Analyze_ReactionToMissingCapabilityAskedForALegalReason_IsFeatures()
    {
        var call = new CallScript().Agent("Anything else?")
            .User("can clients attach a photo of their licence on the form? we legally have to keep a copy")
            .Agent("I couldn't find a way to attach photos on forms, so I can't confirm that.")
            .User("that sucks, we'd have to keep scanning them by hand.");

        Assert.Equal(["features"], Categories(call));
    }

    [Theory]
    [InlineData("a lot of our growers are old school, they don't trust a screen for anything legal")]
    [InlineData("honestly the tenants prefer to sign in ink, they always have")]
    [InlineData("your reps have emailed me like five times since Monday")]
    public void Analyze_PeopleWhoWillNotTakeToItOrTiredOfOutreach_GivesOther(string said)
    {
        Assert.Equal(["other"], Categories(new CallScript().Agent("Anything that would get in the way?").User(said)));
    }

    [Theory]
    [InlineData("the tenants like to sign on their phones, so mobile matters")]
    [InlineData("half our members don't have email, can it send by text?")]
    public void Analyze_HowPeopleSign_IsNoOtherObjection(string said)
    {
        Assert.DoesNotContain("other", Categories(new CallScript().Agent("Anything that would get in the way?").User(said)));
    }

    private static IReadOnlyList<string> Categories(CallScript call) =>
        new ObjectionsAndCompetitorsAnalyzer().Analyze(AnalysisInput.ForSession(call.Build())).Categories;
}
