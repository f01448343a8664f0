using System.Text.Json;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Quality;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Tests.Analysis.Quality;

/// <summary>Both analyzers on every shared payload: no exception, and reports that survive a checkpoint round trip.</summary>
public sealed class SharedPayloadTests
{
    public static TheoryData<string> Files() => [.. TestData.PayloadFiles().Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Files))]
    public void Analyze_SharedPayload_GivesReportsThatRoundTripThroughReportJson(string fileName)
    {
        var path = TestData.PayloadFiles().Single(f => Path.GetFileName(f) == fileName);
        var input = AnalysisInput.ForSession(PayloadParser.Parse(File.ReadAllBytes(path)).Payload!);

        var quality = new ConversationQualityAnalyzer().Analyze(input);
        var sentiment = new SentimentAnalyzer().Analyze(input);

        AssertRoundTrips(quality);
        AssertRoundTrips(sentiment);
        Assert.Contains(quality.EndReason, new[] { "goodbye", "hang-up", "timeout", "error" });
        Assert.InRange(sentiment.Score, -1, 1);
        Assert.InRange(quality.QualityScore, 0, 10);
    }

    [Fact]
    public void Analyze_SamePayloadTwice_GivesEqualReports()
    {
        var path = TestData.PayloadFiles().First();
        var first = AnalysisInput.ForSession(PayloadParser.Parse(File.ReadAllBytes(path)).Payload!);
        var second = AnalysisInput.ForSession(PayloadParser.Parse(File.ReadAllBytes(path)).Payload!);

        Assert.Equal(Json(new ConversationQualityAnalyzer().Analyze(first)), Json(new ConversationQualityAnalyzer().Analyze(second)));
        Assert.Equal(Json(new SentimentAnalyzer().Analyze(first)), Json(new SentimentAnalyzer().Analyze(second)));
    }

    private static void AssertRoundTrips<T>(T report)
    {
        var json = Json(report);
        var restored = JsonSerializer.Deserialize<T>(json, ReportJson.Options);
        Assert.Equal(json, Json(restored));
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, ReportJson.Options);
}
