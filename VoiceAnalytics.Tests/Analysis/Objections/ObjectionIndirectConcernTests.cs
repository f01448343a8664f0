using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Objections;

namespace VoiceAnalytics.Tests.Analysis.Objections;

/// <summary>
/// Issue 8, session 21: concerns said indirectly (hedged, put as someone else's coming question, named as the big
/// question or obstacle) give the topic of their clause, and the category vocabularies read what each category means
/// (what is bought and bargained for; where data is kept and the formalities a signature must meet; a bad moment);
/// a validity question that opens its sentence is a question even when the transcript ends it with a full stop.
/// </summary>
public sealed class ObjectionIndirectConcernTests
{
    [Theory]
    [InlineData("Honestly the subscription gives me pause for a team of four.", "pricing")]
    [InlineData("The big obstacle is a discount, we're a charity.", "pricing")]
    [InlineData("The part that worries me is the licences for six of us.", "pricing")]
    [InlineData("Our office manager is going to ask whether you're certified for that.", "trust")]
    [InlineData("I'm not sure about starting this, it's a bad time for us with year end.", "timing")]
    public void Analyze_IndirectConcern_GivesTheClausesTopic(string said, string category)
    {
        Assert.Equal([category], Categories(new CallScript().Agent("Anything else on your mind?").User(said)));
    }

    [Theory]
    [InlineData("The partners are worried about where client data ends up.")]
    [InlineData("Our clients are nervous about signing wills without witnesses.")]
    public void Analyze_ConcernAboutDataPlaceOrSigningFormality_GivesTrust(string said)
    {
        Assert.Equal(["trust"], Categories(new CallScript().Agent("Anything else on your mind?").User(said)));
    }

    [Theory]
    [InlineData("So why would we pay for two tools that do the same job", "pricing")]
    [InlineData("Why would I trust a brand new vendor with our tenants' records", "trust")]
    public void Analyze_RhetoricalChallenge_GivesTheClausesTopic(string said, string category)
    {
        Assert.Equal([category], Categories(new CallScript().Agent("Anything else on your mind?").User(said)));
    }

    [Fact]
    public void Analyze_UsersOwnPlanToAsk_GivesNoObjection()
    {
        var call = new CallScript().Agent("Anything else on your mind?").User("I'll ask about the price on the call next week.");

        Assert.Empty(Categories(call));
    }

    [Fact]
    public void Analyze_IndirectFrameWithoutATopic_GivesNoObjection()
    {
        var call = new CallScript().Agent("Anything else on your mind?").User("The big question is which templates we start with.");

        Assert.Empty(Categories(call));
    }

    [Fact]
    public void Analyze_NegatedIndirectFrame_GivesNoObjection()
    {
        var call = new CallScript().Agent("Anything else on your mind?").User("The price doesn't bother me, it's fair for what we get.");

        Assert.Empty(Categories(call));
    }

    [Theory]
    [InlineData("Are e-signatures legally valid for a lease in Ontario.")]
    [InlineData("So is an emailed signature binding for a tenancy deposit.")]
    public void Analyze_ValidityQuestionEndedWithAFullStop_GivesTrust(string said)
    {
        Assert.Equal(["trust"], Categories(new CallScript().Agent("What else would you like to know?").User(said)));
    }

    [Fact]
    public void Analyze_ValidityStatedMidSentence_GivesNoTrust()
    {
        var call = new CallScript().Agent("What else would you like to know?").User("The lawyer said it is valid.");

        Assert.Empty(Categories(call));
    }

    private static IReadOnlyList<string> Categories(CallScript call) =>
        new ObjectionsAndCompetitorsAnalyzer().Analyze(AnalysisInput.ForSession(call.Build())).Categories;
}
