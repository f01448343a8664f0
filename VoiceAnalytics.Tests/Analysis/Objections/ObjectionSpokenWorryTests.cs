using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Objections;

namespace VoiceAnalytics.Tests.Analysis.Objections;

/// <summary>
/// Objections said in shapes the earlier rules did not read (session 28): worries about support and about one more
/// thing to learn, price doubts voiced through whoever pays, a wait until another project is done; and words that
/// looked like a topic but were not one: a price field being edited, a system being replaced, a named system the
/// user cannot use, a price taken without pushback.
/// </summary>
public sealed class ObjectionSpokenWorryTests
{
    private const string Prompt = "Tell me a bit more about how the team would use it.";

    [Theory]
    [InlineData("if something breaks in the middle of a closing, who would we even call?")]
    [InlineData("so what kind of support do you give when something stops working on a weekend")]
    [InlineData("the last vendor we bought from disappeared after we paid, nobody answered for a week")]
    [InlineData("my worry is being left on our own once it's live")]
    public void Analyze_SupportWorry_GivesOther(string said)
    {
        Assert.Equal(["other"], Categories(new CallScript().Agent(Prompt).User(said)));
    }

    [Fact]
    public void Analyze_WhoToCallForBilling_IsNoObjection()
    {
        Assert.Empty(Categories(new CallScript().Agent(Prompt).User("who do I call about changing the card on file?")));
    }

    [Theory]
    [InlineData("if this turns into one more system my nurses have to learn, they'll revolt")]
    [InlineData("it's another tool the drivers would need to figure out on top of everything")]
    [InlineData("I'll retire before I get him to use it, honestly")]
    public void Analyze_OneMoreThingToLearn_GivesOther(string said)
    {
        Assert.Equal(["other"], Categories(new CallScript().Agent(Prompt).User(said)));
    }

    [Theory]
    [InlineData("it's a little more than what we had in mind for this")]
    [InlineData("the owner checks every euro we spend, so I don't know")]
    [InlineData("she's going to ask me what exactly we're getting for the extra money")]
    [InlineData("call me again if your prices come down a bit")]
    [InlineData("who came up with these prices, seriously")]
    public void Analyze_PriceDoubtSaidIndirectly_GivesPricing(string said)
    {
        Assert.Equal(["pricing"], Categories(new CallScript().Agent(Prompt).User(said)));
    }

    [Theory]
    [InlineData("our ops director doesn't want any new tool before the warehouse move is finished")]
    [InlineData("we can't take on anything new before the office move is complete")]
    [InlineData("my boss is strict about it, one project at a time")]
    public void Analyze_WaitForAnotherProject_GivesTiming(string said)
    {
        Assert.Equal(["timing"], Categories(new CallScript().Agent(Prompt).User(said)));
    }

    [Fact]
    public void Analyze_SystemBeingReplacedBeforeAnythingNew_GivesTimingNotIntegration()
    {
        var call = new CallScript().Agent(Prompt).User("our director says we are replacing our crm system now and he does not want any new system before that is finished");

        Assert.Equal(["timing"], Categories(call));
    }

    [Fact]
    public void Analyze_NamedSystemMadeTheCondition_GivesIntegration()
    {
        var call = new CallScript().Agent(Prompt).User("all our files live in share point so if it cant save there automatically we cant use it");

        Assert.Equal(["integration"], Categories(call));
    }

    [Fact]
    public void Analyze_NamedSystemTheUserCannotUse_IsNotIntegration()
    {
        var call = new CallScript().Agent(Prompt).User("everything goes to share point, we can't use google drive here, the city blocked it");

        Assert.DoesNotContain("integration", Categories(call));
    }

    [Fact]
    public void Analyze_NonStarterSplitBySpeechToText_IsAConcern()
    {
        var call = new CallScript().Agent(Prompt).User("honestly a missing salesforce sync is a non starter for us");

        Assert.Equal(["integration"], Categories(call));
    }

    [Fact]
    public void Analyze_PriceFieldTheRepsCannotEdit_IsNotPricing()
    {
        var call = new CallScript().Agent(Prompt).User("if my reps can't adjust the price on a quote from their phone, they won't touch it");

        Assert.DoesNotContain("pricing", Categories(call));
    }

    [Fact]
    public void Analyze_GapAfterQuestionThatMentionsPriceField_GivesFeaturesNotPricing()
    {
        var call = new CallScript()
            .Agent(Prompt)
            .User("My reps change the price right at the car. Can they edit a quote in the mobile app?")
            .Agent("Editing pricing tables in the mobile app isn't supported yet; you'd edit in the browser.")
            .User("Yeah, that's a problem. For them that's a dealbreaker.");

        Assert.Equal(["features"], Categories(call));
    }

    [Fact]
    public void AcceptsQuotedPrice_PriceTakenAfterQuote_IsTrue()
    {
        var call = new CallScript()
            .User("What is the price of the Business plan?")
            .Agent("The Business plan is $49 per user per month billed annually.")
            .User("I see. Three users, so about 150 dollars per month. It is okay. My manager will decide.");

        Assert.True(ObjectionModel.AcceptsQuotedPrice(AnalysisInput.ForSession(call.Build()).Conversation));
    }

    [Fact]
    public void AcceptsQuotedPrice_PriceQuestionedAfterQuote_IsFalse()
    {
        var call = new CallScript()
            .User("What is the price of the Business plan?")
            .Agent("The Business plan is $49 per user per month billed annually.")
            .User("Hmm. For four people that is a lot of money for us.");

        Assert.False(ObjectionModel.AcceptsQuotedPrice(AnalysisInput.ForSession(call.Build()).Conversation));
    }

    [Fact]
    public void Analyze_PriceAskedAndTakenWithoutPushback_GivesNoPricing()
    {
        var call = new CallScript()
            .Agent("Hello Haruto, I'm the PandaDoc trial assistant. How can I help you?")
            .User("Hello. I work at a software company in Osaka. For the US customers we need to send quotes and contracts in English.")
            .Agent("Understood. How many would you send in a month?")
            .User("At first, around 20 per month.")
            .Agent("Thank you. Is there anything you'd like to know?")
            .User("Yes. What is the price of the Business plan? And is the price in dollars or in yen?")
            .Agent("The Business plan is $49 per user per month billed annually. Billing is in US dollars.")
            .User("I see. Three users, so about 150 dollars per month. It is okay. My manager will decide, I only collect the information. Is the contract yearly?")
            .Agent("You can choose monthly or annual billing; annual billing gives the lower price.")
            .User("Understood. Can I talk with your sales person together with my manager?");

        Assert.DoesNotContain("pricing", Categories(call));
    }

    [Theory]
    [InlineData("pricing", "my business partner is going to look at that number and laugh")]
    [InlineData("pricing", "the finance guy is going to have a heart attack when he sees the quote")]
    [InlineData("pricing", "honestly for a shop our size that's a big monthly hit")]
    [InlineData("pricing", "we were hoping for something closer to twenty bucks a head")]
    [InlineData("pricing", "i'm not sure the math works for us at that price")]
    [InlineData("pricing", "if it were half that i'd sign today")]
    [InlineData("pricing", "i wasn't expecting it to cost that much per person")]
    [InlineData("timing", "ask me again after our busy season, which ends in march")]
    [InlineData("timing", "the boss said no new software this fiscal year")]
    [InlineData("timing", "we've got a product launch in six weeks so this is way down the list")]
    [InlineData("trust", "i'm nervous about putting patient forms in the cloud")]
    [InlineData("trust", "our insurer wants proof the signatures would stand in court")]
    [InlineData("trust", "i need to know our client data never leaves canada")]
    [InlineData("integration", "our whole team lives in pipedrive and i don't see it connecting properly")]
    [InlineData("integration", "without a proper link to xero the invoices would have to be typed twice")]
    [InlineData("integration", "the zapier workaround sounds fragile for something this important")]
    [InlineData("integration", "we'd have to copy everything over by hand, which defeats the purpose")]
    [InlineData("other", "my staff are not going to love another login")]
    [InlineData("other", "i worry nobody will actually use it after the first week")]
    [InlineData("other", "training twelve people on this is going to be a big lift")]
    [InlineData("other", "last time we rolled out software half the office ignored it")]
    [InlineData("other", "my reps fight every new tool we give them")]
    [InlineData("features", "we need the client to be able to mark up the contract and it can't really do that")]
    [InlineData("features", "without a way to attach files on the signer's side it's useless to us")]
    [InlineData("features", "the template editor is missing the one layout we use everywhere")]
    public void Analyze_ConcernInWordsOfItsCategory_GivesThatCategory(string category, string said)
    {
        Assert.Equal([category], Categories(new CallScript().Agent(Prompt).User(said)));
    }

    [Theory]
    [InlineData("that's about what i expected, fine")]
    [InlineData("the price seems fair for what we'd get")]
    [InlineData("my boss loves it already, he wants it rolled out")]
    public void Analyze_NoPushback_GivesNoObjection(string said)
    {
        Assert.Empty(Categories(new CallScript().Agent(Prompt).User(said)));
    }

    private static IReadOnlyList<string> Categories(CallScript call) =>
        new ObjectionsAndCompetitorsAnalyzer().Analyze(AnalysisInput.ForSession(call.Build())).Categories;
}
