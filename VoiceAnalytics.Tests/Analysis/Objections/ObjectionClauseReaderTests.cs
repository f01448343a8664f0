using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Objections;

namespace VoiceAnalytics.Tests.Analysis.Objections;

/// <summary>The clause reader: a concern marker in a clause, then the categories of the clause's topics.</summary>
public sealed class ObjectionClauseReaderTests
{
    [Theory]
    [InlineData("Honestly, the per user charge is way too high for a team our size.", "pricing")]
    [InlineData("My office manager says paying for nine seats makes no sense for us.", "pricing")]
    [InlineData("Would that even be admissible if a tenant disputed it?", "trust")]
    [InlineData("Anything we buy has to stay inside the EU, that's where our regulator draws the line.", "trust")]
    [InlineData("If it doesn't feed our scheduling software we'd be copying everything over twice.", "integration")]
    public void Analyze_ConcernClause_GivesTheCategoryOfItsTopic(string said, string expected)
    {
        Assert.Equal([expected], Categories(new CallScript().Agent("How is the trial going?").User(said)));
    }

    [Fact]
    public void Analyze_ConcernClauseWithTwoTopics_GivesBoth()
    {
        var call = new CallScript().Agent("How is the trial going?").User("The catch is I'd pay you and then pay for a middleware tool to sync it with our ERP.");

        Assert.Equal(["integration", "pricing"], Categories(call));
    }

    [Fact]
    public void Analyze_ContractWithAnotherVendor_IsCompetitor()
    {
        var call = new CallScript().Agent("What do you use today?").User("We're under a three-year agreement with Adobe through next spring.");

        Assert.Equal(["competitor"], Categories(call));
    }

    [Fact]
    public void Analyze_MoneyOwedOnTheRunningContract_IsNotPricing()
    {
        var call = new CallScript().Agent("What do you use today?").User("We're tied up with Conga till August and can't leave without paying the exit fee.");

        Assert.Equal(["competitor"], Categories(call));
    }

    [Theory]
    [InlineData("Our treasurer has to approve the spend, which is routine.")]
    [InlineData("Procurement has to sign off and legal will review the paperwork.")]
    [InlineData("It has to connect to our HubSpot, that's where the deals live.")]
    [InlineData("Price is not a problem for us at all.")]
    public void Analyze_ApprovalNeedOrResolvedConcern_IsNoObjection(string said)
    {
        Assert.Empty(Categories(new CallScript().Agent("Anything else I should know?").User(said)));
    }

    [Theory]
    [InlineData("I couldn't find a Pipedrive integration in our documentation.", "are you serious? that was the one thing we needed.", "integration")]
    [InlineData("I wasn't able to confirm a kiosk mode, so I don't want to promise it.", "you're kidding. the whole front desk runs on that.", "features")]
    public void Analyze_DismayRightAfterTheAgentNamesAGap_GivesTheGapsCategory(string agent, string user, string expected)
    {
        var call = new CallScript().User("one more question about the setup").Agent(agent).User(user);

        Assert.Equal([expected], Categories(call));
    }

    private static List<string> Categories(CallScript call) =>
        [.. new ObjectionsAndCompetitorsAnalyzer().Analyze(AnalysisInput.ForSession(call.Build())).Categories.Order(StringComparer.Ordinal)];
}
