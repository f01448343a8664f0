using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Objections;

namespace VoiceAnalytics.Tests.Analysis.Objections;

/// <summary>
/// Objections put as a condition ("otherwise ..."), a decision refused before a later date, a region the data must
/// stay in, a gap weighed as important, and adoption named in answer to the agent's concern question.
/// </summary>
public sealed class ObjectionConditionAndDeferralTests
{
    [Theory]
    [InlineData("It has to sync with our CRM, otherwise the team will not use it at all.", "integration")]
    [InlineData("The price has to come down, or else there's no point for us.", "pricing")]
    public void Analyze_RequirementWithARefusalOtherwise_GivesTheRequirementsTopic(string said, string expected)
    {
        Assert.Equal([expected], Categories(new CallScript().Agent("What would you need?").User(said)));
    }

    [Fact]
    public void Analyze_OtherwiseWithoutARefusal_IsNoObjection()
    {
        var call = new CallScript().Agent("What would you need?").User("It should sync with our CRM, otherwise we type it in, which is fine.");

        Assert.Empty(Categories(call));
    }

    [Theory]
    [InlineData("We are in a merger and nothing new will be decided before the end of the summer.")]
    [InlineData("honestly my boss is not gonna spend money on software till after the busy season.")]
    public void Analyze_DecisionRefusedBeforeALaterSeason_IsTiming(string said)
    {
        Assert.Equal(["timing"], Categories(new CallScript().Agent("How is the trial going?").User(said)));
    }

    [Fact]
    public void Analyze_DecisionBeforeADateWithoutRefusal_IsNoObjection()
    {
        var call = new CallScript().Agent("How is the trial going?").User("We want to decide before the end of the summer.");

        Assert.Empty(Categories(call));
    }

    [Fact]
    public void Analyze_HiringFreezeTellingHeadcount_IsNoTiming()
    {
        var call = new CallScript().Agent("How many people are on the team?").User("It was eleven before the hiring freeze but it's nine now.");

        Assert.Empty(Categories(call));
    }

    [Fact]
    public void Analyze_BudgetFreeze_IsTiming()
    {
        var call = new CallScript().Agent("How is the trial going?").User("We like it, but there's a budget freeze on right now.");

        Assert.Equal(["timing"], Categories(call));
    }

    [Fact]
    public void Analyze_LegalRefusesDataOutsideARegion_IsTrust()
    {
        var call = new CallScript().Agent("Anything else?").User("And the data, where is it stored. Our legal department will not accept if it is not in Europe.");

        Assert.Equal(["trust"], Categories(call));
    }

    [Theory]
    [InlineData("I see. This is very important point. Without Japanese, it is difficult for us.", "features")]
    [InlineData("Okay, not so important.", null)]
    public void Analyze_GapWeighedAsImportant_KeepsTheGap(string reply, string? expected)
    {
        var call = new CallScript()
            .User("Can the signing screen be in Japanese?")
            .Agent("I couldn't find confirmation that the signing page is available in Japanese.")
            .User(reply);

        Assert.Equal(expected is null ? [] : [expected], Categories(call));
    }

    [Fact]
    public void Analyze_StaffNotUsingANewToolInAnswerToTheConcernQuestion_IsOther()
    {
        var call = new CallScript()
            .Agent("Is there anything that would stop you from moving forward?")
            .User("My managers. Last time I brought in a new app, half of them just didn't use it.");

        Assert.Equal(["other"], Categories(call));
    }

    private static List<string> Categories(CallScript call) =>
        [.. new ObjectionsAndCompetitorsAnalyzer().Analyze(AnalysisInput.ForSession(call.Build())).Categories.Order(StringComparer.Ordinal)];
}
