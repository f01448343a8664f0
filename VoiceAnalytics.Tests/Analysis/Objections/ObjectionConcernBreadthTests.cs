using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Objections;

namespace VoiceAnalytics.Tests.Analysis.Objections;

/// <summary>
/// Issue 8, session 15: concern frames read in any person and tense (someone else's worry, a doubt about being
/// convinced, a cost weighed as out of reach), and pain words that are a concern about the product but a pain point
/// when they describe today's process.
/// </summary>
public sealed class ObjectionConcernBreadthTests
{
    [Theory]
    [InlineData("Our compliance officer is nervous about where the signed files end up, security wise.", "trust")]
    [InlineData("My partner isn't convinced these signatures are legally binding for our deeds.", "trust")]
    [InlineData("The annual plan is out of our reach for a team this small, price wise.", "pricing")]
    [InlineData("Honestly the per seat cost is going to be hard to justify.", "pricing")]
    public void Analyze_ConcernFrameInAnyPerson_GivesTheClausesTopic(string said, string category)
    {
        Assert.Equal([category], Categories(new CallScript().Agent("Anything else on your mind?").User(said)));
    }

    [Fact]
    public void Analyze_PainWordAboutTheNewTool_GivesItsTopic()
    {
        var call = new CallScript().Agent("Anything else on your mind?").User("Paying for every seat is going to be painful for us.");

        Assert.Equal(["pricing"], Categories(call));
    }

    [Fact]
    public void Analyze_PainWordAboutTodaysProcess_GivesNoObjection()
    {
        var call = new CallScript().Agent("How do you send them now?").User("Right now we export everything to PDF and email it, which is painful.");

        Assert.Empty(Categories(call));
    }

    [Fact]
    public void Analyze_WorryLetGo_GivesNoObjection()
    {
        var call = new CallScript().Agent("Anything else on your mind?").User("We're not worried about security, we're a small landscaping firm.");

        Assert.Empty(Categories(call));
    }

    [Theory]
    [InlineData("The bigger question is whether an e-signed deed would actually stand up here.")]
    [InlineData("Our senior partner asked me whether e-signatures really hold up in court.")]
    public void Analyze_ValidityAsAnEmbeddedQuestion_GivesTrust(string said)
    {
        Assert.Equal(["trust"], Categories(new CallScript().Agent("Anything else on your mind?").User(said)));
    }

    [Fact]
    public void Analyze_WhetherAboutSomethingElse_GivesNoTrust()
    {
        var call = new CallScript().Agent("Anything else on your mind?").User("I was wondering whether the templates come with our logo.");

        Assert.Empty(Categories(call));
    }

    [Theory]
    [InlineData("My manager wants to hold off until the new budget cycle.")]
    [InlineData("Honestly now isn't a great time, we're hiring a whole new team.")]
    [InlineData("We can't take on another system before the spring.")]
    public void Analyze_WaitSaidInOtherWords_GivesTiming(string said)
    {
        Assert.Equal(["timing"], Categories(new CallScript().Agent("Do you use a CRM?").User(said)));
    }

    [Fact]
    public void Analyze_NowIsntAGoodTimeForTheCall_GivesNoTiming()
    {
        var call = new CallScript().Agent("Do you have a few minutes?").User("Now isn't a good time to talk, I'm driving.");

        Assert.Empty(Categories(call));
    }

    [Theory]
    [InlineData("We still have eighteen months left on our DocuSign agreement.")]
    [InlineData("We signed with SignNow last spring for two years.")]
    [InlineData("Our parent company has a global Adobe Sign deal we have to use.")]
    public void Analyze_TermOwedToACompetitor_GivesCompetitor(string said)
    {
        Assert.Equal(["competitor"], Categories(new CallScript().Agent("What do you use today?").User(said)));
    }

    [Fact]
    public void Analyze_YearsLeftWithoutACompetitor_GivesNoCompetitor()
    {
        var call = new CallScript().Agent("What do you use today?").User("We have two years left on the office lease, then we move.");

        Assert.Empty(Categories(call));
    }

    [Fact]
    public void Analyze_RetentionRuleTheToolMustMeet_GivesTrust()
    {
        var call = new CallScript().Agent("What would you like to know?").User("We have a ten year retention rule, and if you can't meet it we can't use you.");

        Assert.Equal(["trust"], Categories(call));
    }

    private static IReadOnlyList<string> Categories(CallScript call) =>
        new ObjectionsAndCompetitorsAnalyzer().Analyze(AnalysisInput.ForSession(call.Build())).Categories;
}
