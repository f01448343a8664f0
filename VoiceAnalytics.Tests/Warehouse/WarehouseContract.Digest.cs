using static VoiceAnalytics.Tests.Warehouse.WarehouseRecords;

namespace VoiceAnalytics.Tests.Warehouse;

/// <summary>The shared suite: <see cref="Core.Warehouse.IDigestFigures"/> (windows of <c>analyzed_at</c>).</summary>
public abstract partial class WarehouseContract
{
    [Fact]
    public async Task FailedSearchesAsync_OnePerSearch_OldestAnalysisFirst()
    {
        await WriteAsync(
            Session("g-2", At(8), analyzedAt: At(10, 30)).WithAnalysis(AnalysisJson.ContentGaps, AnalysisJson.Gaps(["sso setup", "pricing api", "sso setup"])),
            Session("g-1", At(8), analyzedAt: At(10)).WithAnalysis(AnalysisJson.ContentGaps, AnalysisJson.Gaps(["hipaa"])),
            Session("g-none", At(8), analyzedAt: At(10, 10)).WithAnalysis(AnalysisJson.ContentGaps, AnalysisJson.Gaps([])),
            Session("g-out", At(8), analyzedAt: At(11)).WithAnalysis(AnalysisJson.ContentGaps, AnalysisJson.Gaps(["outside"])));

        var searches = await Ports.Digest.FailedSearchesAsync(At(10), At(11), CancellationToken.None);

        Assert.Equal(
            [new("hipaa", At(10)), new("sso setup", At(10, 30)), new("pricing api", At(10, 30)), new Core.Warehouse.FailedSearch("sso setup", At(10, 30))],
            searches);
    }

    [Fact]
    public async Task LowEngagementAsync_UnderTheThreshold_LowestFirstWithFlagsAndMissingTopics()
    {
        await WriteAsync(
            Session("q-45", At(8), engagement: 4.5, analyzedAt: At(10, 1))
                .WithAnalysis(AnalysisJson.Quality, AnalysisJson.RedFlags("long_monologue", "no_questions"))
                .WithAnalysis(AnalysisJson.ContentGaps, AnalysisJson.Gaps([], ["sso", "audit log"])),
            Session("q-20", At(8), engagement: 2.0, analyzedAt: At(10, 2)),
            Session("q-50", At(8), engagement: 5.0, analyzedAt: At(10, 3)),
            Session("q-70", At(8), engagement: 7.0, analyzedAt: At(10, 4)),
            Session("q-null", At(8), engagement: null, analyzedAt: At(10, 5)),
            Session("q-out", At(8), engagement: 1.0, analyzedAt: At(9, 59)));

        var low = await Ports.Digest.LowEngagementAsync(At(10), At(11), 5.0, CancellationToken.None);

        Assert.Equal(["q-20", "q-45"], low.Select(s => s.SessionId));
        Assert.Equal(2.0, low[0].EngagementScore);
        Assert.Empty(low[0].RedFlagCodes);
        Assert.Empty(low[0].MissingTopics);
        Assert.Equal(4.5, low[1].EngagementScore);
        Assert.Equal(["long_monologue", "no_questions"], low[1].RedFlagCodes);
        Assert.Equal(["sso", "audit log"], low[1].MissingTopics);
    }

    [Fact]
    public async Task FeatureMentionsAsync_RequestsAndFeatureObjectionsOnlyOfCallsWithoutARequest()
    {
        await WriteAsync(
            Session("f-requests", At(8), analyzedAt: At(10, 20))
                .WithAnalysis(AnalysisJson.Sales, AnalysisJson.SalesIntelligence(features: [("bulk send", "can I send 50 at once"), ("templates", "reusable templates?")]))
                .WithAnalysis(AnalysisJson.Objections, AnalysisJson.ObjectionList(("features", "it lacks things"))),
            Session("f-objection", At(8), analyzedAt: At(10, 10))
                .WithAnalysis(AnalysisJson.Sales, AnalysisJson.SalesIntelligence())
                .WithAnalysis(AnalysisJson.Objections, AnalysisJson.ObjectionList(("pricing", "too expensive"), ("features", "no offline mode"))),
            Session("f-out", At(8), analyzedAt: At(11))
                .WithAnalysis(AnalysisJson.Sales, AnalysisJson.SalesIntelligence(features: [("outside", "q")])));

        var mentions = await Ports.Digest.FeatureMentionsAsync(At(10), At(11), CancellationToken.None);

        Assert.Equal(
            [new(null, "no offline mode", At(10, 10)), new("bulk send", "can I send 50 at once", At(10, 20)), new Core.Warehouse.FeatureMention("templates", "reusable templates?", At(10, 20))],
            mentions);
    }

    [Fact]
    public async Task DigestFigures_EmptyWindow_Empty()
    {
        Assert.Empty(await Ports.Digest.FailedSearchesAsync(At(10), At(11), CancellationToken.None));
        Assert.Empty(await Ports.Digest.LowEngagementAsync(At(10), At(11), 5, CancellationToken.None));
        Assert.Empty(await Ports.Digest.FeatureMentionsAsync(At(10), At(11), CancellationToken.None));
    }
}
