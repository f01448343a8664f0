using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Objections;

namespace VoiceAnalytics.Tests.Analysis.Objections;

/// <summary>
/// A formal buying procedure (an RFP, three quotes, a tender) is how the user buys; it is an "other" objection only
/// when the user frames it as an obstacle or names it when asked what holds them back.
/// </summary>
public sealed class ObjectionProcurementTests
{
    [Theory]
    [InlineData("Anything over ten thousand goes through procurement with an RFP, so I'll loop them in.")]
    [InlineData("We're just doing research in case we write an RFP at some point.")]
    [InlineData("I've a big tender going out on Monday and I want this sorted before the weekend.")]
    public void Analyze_ProcurementStatedAsAStep_IsNoObjection(string said)
    {
        Assert.Empty(Categories(new CallScript().Agent("How is the trial going?").User(said)));
    }

    [Theory]
    [InlineData("The other issue is process. We can't just buy software, procurement needs three quotes.")]
    [InlineData("Honestly the problem is the procurement process, it takes forever here.")]
    public void Analyze_ProcurementFramedAsAnObstacle_IsOther(string said)
    {
        Assert.Equal(["other"], Categories(new CallScript().Agent("How is the trial going?").User(said)));
    }

    private static List<string> Categories(CallScript call) =>
        [.. new ObjectionsAndCompetitorsAnalyzer().Analyze(AnalysisInput.ForSession(call.Build())).Categories.Order(StringComparer.Ordinal)];
}
