using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Summary;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.LocalHost.Cli;

namespace VoiceAnalytics.Tests.Analysis.Summary;

public sealed class ExecutiveSummaryAnalyzerTests
{
    [Fact]
    public void Analyze_QualifiedCallWithMeeting_SalesDemoAtTheMeetingAndCompleteText()
    {
        var results = RunAll("qualified_meeting_booked.json");

        var summary = results.Get<ExecutiveSummaryReport>()!;
        var score = results.Get<LeadScoreReport>()!;

        Assert.Equal("Tier 1", score.QualificationTier);
        Assert.True(summary.Outcome.Qualified);
        Assert.Equal("sales_call", summary.Outcome.Path);
        Assert.Equal(("demo", "sales"), (summary.NextAction.Action, summary.NextAction.Owner));
        Assert.InRange(summary.Takeaways.Count, 3, 5);
        Assert.InRange(summary.Summary.Split("\n\n").Length, 2, 3);
        Assert.Contains($"score {score.Score}/100", summary.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_AbandonedShortCall_NotQualifiedNoInventedFacts()
    {
        var results = RunAll("abandoned_short_call.json");

        var summary = results.Get<ExecutiveSummaryReport>()!;

        Assert.False(summary.Outcome.Qualified);
        Assert.NotEqual("sales_call", summary.Outcome.Path);
        Assert.InRange(summary.Takeaways.Count, 3, 5);
        Assert.DoesNotContain("meeting was booked", summary.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_NoEarlierResults_StillWritesASummary()
    {
        var session = PayloadParser.Parse(File.ReadAllBytes(Path.Combine(TestData.SharedDir, "data", "livekit", "abandoned_short_call.json"))).Payload!;

        var summary = new ExecutiveSummaryAnalyzer().Analyze(AnalysisInput.ForSession(session));

        Assert.Equal("Tier 2", summary.Outcome.Tier);
        Assert.InRange(summary.Takeaways.Count, 3, 5);
    }

    [Fact]
    public void Analyze_Summary_WritesProductNamesAsPeopleDoAndNoDoubledStops()
    {
        var summary = RunAll("qualified_meeting_booked.json").Get<ExecutiveSummaryReport>()!.Summary;

        Assert.Contains("HubSpot", summary, StringComparison.Ordinal);
        Assert.Contains("DocuSign", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("hubspot", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("..", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_IsDeterministic()
    {
        Assert.Equal(RunAll("kb_search_failures_frustrated.json").Get<ExecutiveSummaryReport>()!.Summary, RunAll("kb_search_failures_frustrated.json").Get<ExecutiveSummaryReport>()!.Summary);
    }

    private static AnalysisResults RunAll(string file)
    {
        var session = PayloadParser.Parse(File.ReadAllBytes(Path.Combine(TestData.SharedDir, "data", "livekit", file))).Payload!;
        using var services = OfflineServices.Build();
        return StagedAnalysis.Run([.. services.GetServices<IAnalyzer>()], session);
    }
}
