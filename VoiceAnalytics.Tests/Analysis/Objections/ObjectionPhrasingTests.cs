using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Objections;

namespace VoiceAnalytics.Tests.Analysis.Objections;

/// <summary>
/// Issue 8, recall on unseen calls: objections said in ways the earlier readers were not written for (a compliance
/// regime named without a gate word, a gap weighed in other words, a missing connection the user moves on from, price
/// and time in everyday words), each with the negative case that keeps it from over-reaching.
/// </summary>
public sealed class ObjectionPhrasingTests
{
    [Theory]
    [InlineData("We're a therapy practice, so HIPAA is the big thing for us.")]
    [InlineData("Our auditors will want to see the SOC 2 report.")]
    [InlineData("We have customers in France, so GDPR and where the files sit.")]
    public void Analyze_ComplianceRegimeNamed_GivesTrust(string said)
    {
        Assert.Equal(["trust"], Categories(new CallScript().Agent("Anything else I should know?").User(said)));
    }

    [Fact]
    public void Analyze_ComplianceQuestionTheAgentCannotConfirm_GivesTrust()
    {
        var call = new CallScript().Agent("Anything else?").User("do you guys do ferpa?")
            .Agent("I couldn't find FERPA details in our knowledge base.").User("ok, send me what you have.");

        Assert.Equal(["trust"], Categories(call));
    }

    [Theory]
    [InlineData("We're a marketing shop, HIPAA doesn't apply to us.")]
    [InlineData("We don't need GDPR stuff, all our clients are local.")]
    public void Analyze_ComplianceRegimeSetAside_GivesNoObjection(string said)
    {
        Assert.Empty(Categories(new CallScript().Agent("Anything else I should know?").User(said)));
    }

    [Fact]
    public void Analyze_ComplianceQuestionAnsweredYes_GivesNoObjection()
    {
        var call = new CallScript().Agent("Anything else?").User("are you HIPAA compliant?")
            .Agent("Yes, PandaDoc supports HIPAA compliance and signs a BAA on eligible plans.").User("great, thanks.");

        Assert.Empty(Categories(call));
    }

    [Theory]
    [InlineData("I couldn't find a way to lock sections after signing.", "so no. great.")]
    [InlineData("PandaDoc doesn't offer client galleries.", "right, so that's not going to work for me then.")]
    [InlineData("I couldn't confirm right-to-left languages in the editor.", "that's a real gap for us, half our clients read Hebrew.")]
    [InlineData("I couldn't find anything on signing at a kiosk.", "yeah, see, that's a big one.")]
    [InlineData("I couldn't find anything on commission split calculations.", "then it's not much use to me honestly.")]
    public void Analyze_GapWeighedInOtherWords_GivesFeatures(string agent, string user)
    {
        var call = new CallScript().User("one more question about the setup").Agent(agent).User(user);

        Assert.Equal(["features"], Categories(call));
    }

    [Fact]
    public void Analyze_GapReactionBesideAnotherTopic_KeepsBoth()
    {
        var call = new CallScript().User("can it merge two templates?").Agent("I couldn't find a way to merge templates.")
            .User("Hmm. That's a real gap for us. Also the price is way too high for three people.");

        Assert.Equal(["features", "pricing"], Categories(call));
    }

    [Theory]
    [InlineData("so no? okay, we can live without it.")]
    [InlineData("that's not a big deal, it was just curiosity.")]
    public void Analyze_GapShruggedOff_GivesNoObjection(string user)
    {
        var call = new CallScript().User("can it merge two templates?").Agent("I couldn't find a way to merge templates.").User(user);

        Assert.Empty(Categories(call));
    }

    [Theory]
    [InlineData("Honestly I doubt we could justify that spend for a team of four.", "pricing")]
    [InlineData("We're a small charity, we're watching every penny.", "pricing")]
    [InlineData("Per seat gets painful once you have twenty agents.", "pricing")]
    [InlineData("We have too much going on this quarter to take on a new tool.", "timing")]
    [InlineData("Let's talk again in six months, we've got a system migration first.", "timing")]
    [InlineData("It came bundled through our parent company and I can't really get out of it.", "competitor")]
    [InlineData("Most of my older clients won't sign anything on a phone.", "other")]
    [InlineData("It'll take forever to get my staff on board with it.", "other")]
    [InlineData("How do I know our client files are safe with you? We had a data breach at our last vendor.", "trust")]
    [InlineData("My partners want to know these signatures will stand up if a client disputes one.", "trust")]
    public void Analyze_ObjectionInEverydayWords_GivesItsCategory(string said, string expected)
    {
        Assert.Equal([expected], Categories(new CallScript().Agent("How is the trial going?").User(said)));
    }

    [Theory]
    [InlineData("We're watching every episode of the show this week.")]
    [InlineData("My staff are already on board, they love the templates.")]
    [InlineData("Let's talk again next week once I've tried the editor.")]
    public void Analyze_EverydayWordsWithoutAnObjection_GiveNone(string said)
    {
        Assert.Empty(Categories(new CallScript().Agent("How is the trial going?").User(said)));
    }

    [Fact]
    public void Analyze_DeclineWithABusyReason_IsTimingNotADeclinedOffer()
    {
        var call = new CallScript().Agent("Would you like to get started this week?").User("not now, we're in the middle of moving offices.");

        Assert.Equal(["timing"], Categories(call));
    }

    [Theory]
    [InlineData("Shocking.")]
    [InlineData("and what about Canvas then?")]
    public void Analyze_MissingConnectionTheUserAskedFor_IsIntegrationUnlessLetGo(string reply)
    {
        var call = new CallScript().User("does it connect to Banner?").Agent("I couldn't find a Banner integration in our documentation.").User(reply);

        Assert.Equal(["integration"], Categories(call));
    }

    [Theory]
    [InlineData("okay. and how many seats come with the plan?")]
    [InlineData("we'd just use Zapier for that then.")]
    [InlineData("not a big deal, it was just curiosity.")]
    public void Analyze_MissingConnectionLetGo_GivesNoObjection(string reply)
    {
        var call = new CallScript().User("does it connect to Banner?").Agent("I couldn't find a Banner integration in our documentation.").User(reply);

        Assert.Empty(Categories(call));
    }

    [Fact]
    public void Analyze_MissingCapabilityThatIsNoConnection_NeedsAReaction()
    {
        var call = new CallScript().User("can it do seating plans?").Agent("I couldn't find anything on seating plans.").User("and what about deposits then?");

        Assert.Empty(Categories(call));
    }

    private static List<string> Categories(CallScript call) =>
        [.. new ObjectionsAndCompetitorsAnalyzer().Analyze(AnalysisInput.ForSession(call.Build())).Categories.Order(StringComparer.Ordinal)];
}
