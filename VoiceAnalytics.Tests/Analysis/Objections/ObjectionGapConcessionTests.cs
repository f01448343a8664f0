using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Objections;

namespace VoiceAnalytics.Tests.Analysis.Objections;

/// <summary>
/// Issue 8, session 22: a capability named with a scheduling word is still a missing capability (only a slot or a
/// booking is scheduling); reactions read in concession order (an acceptance taken back with "but" keeps the gap,
/// regret conceded to the user's own way round lets it go); a gap called frustrating is weighed; the agent's sentence
/// is not cut at the dot of "monday.com"; a competitor's contract said to run on without a date holds the switch back;
/// "no point" before the user's own step (with no condition) dismisses the step.
/// </summary>
public sealed class ObjectionGapConcessionTests
{
    [Fact]
    public void Analyze_GapInAScheduledCapability_GivesFeatures()
    {
        var call = new CallScript()
            .User("Can I set a document to go out on a schedule, say next Monday morning?")
            .Agent("I couldn't find a way to send scheduled documents, so I can't confirm that.")
            .User("Hmm. That's a real gap for us.");

        Assert.Equal(["features"], Categories(call));
    }

    [Fact]
    public void Analyze_DismayAtAFailedBooking_GivesNoObjection()
    {
        var call = new CallScript()
            .User("Friday at ten works.")
            .Agent("I'm sorry, that booking didn't go through.")
            .User("Ugh. Monday then.");

        Assert.Empty(Categories(call));
    }

    [Fact]
    public void Analyze_AcceptanceTakenBackWithBut_KeepsTheGap()
    {
        var call = new CallScript()
            .User("Does it plug into Procore?")
            .Agent("I couldn't find a Procore integration in our knowledge base, so I can't confirm that.")
            .User("Right. That'll be the sticking point for our ops manager. I can live without it for now but she'll ask.");

        Assert.Equal(["integration"], Categories(call));
    }

    [Fact]
    public void Analyze_PlainAcceptance_LetsTheGapGo()
    {
        var call = new CallScript()
            .User("Does it plug into Procore?")
            .Agent("I couldn't find a Procore integration in our knowledge base, so I can't confirm that.")
            .User("Right. That'll be a sticking point. I can live without it for now.");

        Assert.Empty(Categories(call));
    }

    [Fact]
    public void Analyze_RegretConcededToTheUsersWayRound_LetsTheGapGo()
    {
        var call = new CallScript()
            .User("Can the form show different questions depending on the treatment?")
            .Agent("For showing different questions depending on an answer, I couldn't find anything I can confirm.")
            .User("Okay, that's a pity, but we can have a separate form per treatment for now.");

        Assert.Empty(Categories(call));
    }

    [Fact]
    public void Analyze_GapCalledFrustrating_GivesFeatures()
    {
        var call = new CallScript()
            .User("When we start a shoot I send the same memo to eighty people at once. Is it possible?")
            .Agent("I couldn't find anything confirming that, I'm sorry.")
            .User("Again nothing? For us these are the important things. Honestly this is frustrating.");

        Assert.Equal(["features"], Categories(call));
    }

    [Fact]
    public void Analyze_MissingConnectionNamedByItsDomain_GivesIntegration()
    {
        var call = new CallScript()
            .User("We plan everything on monday.com. Does it work with Monday?")
            .Agent("I couldn't find a monday.com integration.")
            .User("Mm. And Dropbox?");

        Assert.Equal(["integration"], Categories(call));
    }

    [Theory]
    [InlineData("Now we use Dropbox Sign, and the contract runs still long time, we just look what is there.")]
    [InlineData("We're on DocuSign and our plan runs another eight months.")]
    public void Analyze_CompetitorContractRunningOn_GivesCompetitor(string said)
    {
        Assert.Equal(["competitor"], Categories(new CallScript().Agent("What are you using today?").User(said)));
    }

    [Fact]
    public void Analyze_SomethingElseRunningOn_GivesNoCompetitor()
    {
        var call = new CallScript().Agent("What are you using today?").User("We use Dropbox Sign, and the busy season runs a long time.");

        Assert.Empty(Categories(call));
    }

    [Fact]
    public void Analyze_NoPointInTheUsersOwnStep_GivesNoObjection()
    {
        var call = new CallScript().Agent("Anything else on your mind?").User("There's no point connecting anything to Zoho, it's gone in six weeks.");

        Assert.Empty(Categories(call));
    }

    [Fact]
    public void Analyze_NoPointInAStepUnderACondition_GivesTheConditionsTopic()
    {
        var call = new CallScript().Agent("Anything else on your mind?").User("There's no point switching if it can't sync with our CRM.");

        Assert.Equal(["integration"], Categories(call));
    }

    private static IReadOnlyList<string> Categories(CallScript call) =>
        new ObjectionsAndCompetitorsAnalyzer().Analyze(AnalysisInput.ForSession(call.Build())).Categories;
}
