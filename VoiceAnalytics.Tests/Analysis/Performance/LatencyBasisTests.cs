using VoiceAnalytics.Core.Analysis.Performance;
using VoiceAnalytics.Core.Analysis.Performance.Costs;
using VoiceAnalytics.Core.Contracts.Metrics;
using static VoiceAnalytics.Tests.Analysis.Performance.PerformanceFixtures;

namespace VoiceAnalytics.Tests.Analysis.Performance;

/// <summary>Which latency a call is scored on, playback latency, and the provider request ids kept for support.</summary>
public sealed class LatencyBasisTests
{
    [Fact]
    public void Analyze_NoLatencyDataAtAll_HasNoScoreAndSaysSo()
    {
        var stt = new SttMetrics { Timestamp = T0 + 2, AudioDuration = 4 };
        var report = Analyze(Session([stt], [User("u1", T0 + 1, T0 + 3) with { Metrics = null }]));

        Assert.Equal(LatencyBases.None, report.LatencyBasis);
        Assert.Equal(LatencyStats.Empty, report.Latency);
        Assert.Null(report.Score);
        Assert.Null(report.Grade);
        Assert.Null(report.LatencyScore);
        Assert.All(report.Targets, t => Assert.Null(t.Passed));
        Assert.StartsWith("No latency data:", report.Recommendations[0], StringComparison.Ordinal);
        Assert.DoesNotContain(report.Recommendations, r => r.Contains("no change needed", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_FastPipelineCall_IsScoredWithoutTheNoLatencyAdvice()
    {
        var report = Analyze(Session([Eou("s1", T0 + 1, 0.2), LlmRecord("s1", T0 + 2, 0.3), Tts("s1", T0 + 3, 0.1)]));

        Assert.Equal(LatencyBases.PipelineStages, report.LatencyBasis);
        Assert.Equal(10, report.LatencyScore);
        Assert.Equal("A", report.Grade);
        Assert.DoesNotContain(report.Recommendations, r => r.StartsWith("No latency data", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_OnlyPerMessageMetrics_TakesTheLatencyFromE2e()
    {
        var report = Analyze(Session(
            [],
            [
                User("u1", T0 + 1, T0 + 3),
                Assistant("a1", T0 + 3.9, T0 + 8, e2e: 0.9),
                User("u2", T0 + 10, T0 + 12),
                Assistant("a2", T0 + 13.5, T0 + 16, e2e: 1.5),
            ]));

        Assert.Equal(LatencyBases.E2eLatency, report.LatencyBasis);
        Assert.Equal([900.0, 1500.0], report.Turns.Select(t => t.LatencyMs!.Value));
        Assert.Equal(1200, report.Latency.Average); // (900 + 1500) / 2
        Assert.Equal(report.E2e, report.Latency);
        Assert.NotNull(report.Score);
        Assert.Equal(0, report.LlmRequests);
    }

    [Fact]
    public void Analyze_PipelineWithE2e_KeepsThePipelineStagesAsBasis()
    {
        var report = Analyze(Session(
            [Eou("s1", T0 + 3.5, 0.5), LlmRecord("s1", T0 + 4, 0.4), Tts("s1", T0 + 4.5, 0.2)],
            [User("u1", T0 + 1, T0 + 3), Assistant("a1", T0 + 4.3, T0 + 8, e2e: 1.3)]));

        Assert.Equal(LatencyBases.PipelineStages, report.LatencyBasis);
        var turn = Assert.Single(report.Turns);
        Assert.Equal(1100, turn.LatencyMs); // 500 + 400 + 200
        Assert.Equal(1300, turn.E2eLatencyMs);
    }

    [Fact]
    public void Analyze_PlaybackLatency_FromMessages_IsAStageOfItsOwnAndNotCountedTwiceWithTheAvatarCopy()
    {
        // livekit-agents' avatar emits an avatar_metrics record with each assistant message's playback_latency.
        var report = Analyze(Session(
            [Eou("s1", T0 + 3.5, 0.1), LlmRecord("s1", T0 + 4, 0.2), Tts("s1", T0 + 4.5, 0.1), Avatar(T0 + 8, 0.9), Avatar(T0 + 10, 1.5)],
            [
                User("u1", T0 + 1, T0 + 3),
                Assistant("a1", T0 + 4.3, T0 + 8, e2e: 1.3, playback: 0.9),
                Assistant("a2", T0 + 9, T0 + 10, e2e: null, playback: 1.5),
            ]));

        // 900 and 1500 ms: average 1200, p90 = 900 + 0.9 x 600.
        Assert.Equal(new LatencyStats(2, 1200, 1200, 1440, 1470, 1494, 1500), report.PlaybackLatency);
        // Playback is not added to the stage sum (e2e already ends at playback).
        Assert.Equal(400, Assert.Single(report.Turns).TotalMs);
        Assert.StartsWith("Playback (audio forwarded to playback started) is the largest part", report.Recommendations[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_PlaybackLatency_WithoutMessageMetrics_ComesFromTheAvatarRecords()
    {
        var report = Analyze(Session([LlmRecord("s1", T0 + 4, 0.2), Avatar(T0 + 8, 0.4), Avatar(T0 + 9, 0), Avatar(T0 + 12, 0.6)]));

        // The record with 0 (the field's default: the avatar-joined record) is no sample.
        Assert.Equal(2, report.PlaybackLatency.Count);
        Assert.Equal(500, report.PlaybackLatency.Average);
    }

    [Fact]
    public void Analyze_ProviderRequestIds_AreKeptPerMessageUpToAThousand()
    {
        string[] Ids(string prefix) => [.. Enumerable.Range(0, 600).Select(i => $"{prefix}-{i}")];
        var report = Analyze(Session(
            [],
            [
                Assistant("a1", T0 + 1, T0 + 2, e2e: 0.5, requestIds: Ids("a")),
                Assistant("a2", T0 + 3, T0 + 4, e2e: 0.5, requestIds: Ids("b")),
                Assistant("a3", T0 + 5, T0 + 6, e2e: 0.5, requestIds: Ids("c")),
            ]));

        Assert.Equal(["a1", "a2"], report.ProviderRequestIds.Select(p => p.ItemId));
        Assert.Equal(600, report.ProviderRequestIds[0].RequestIds.Count);
        Assert.Equal(ProviderRequestLog.MaxIds - 600, report.ProviderRequestIds[1].RequestIds.Count);
        Assert.Equal("b-0", report.ProviderRequestIds[1].RequestIds[0]);
        Assert.True(report.ProviderRequestIdsTruncated);
    }

    [Fact]
    public void Analyze_FewProviderRequestIds_AreKeptWhole()
    {
        var report = Analyze(Session([], [Assistant("a1", T0 + 1, T0 + 2, e2e: 0.5, requestIds: ["chatcmpl-1", "tts-ctx-1"])]));

        Assert.Equal(new ProviderRequests("a1", ["chatcmpl-1", "tts-ctx-1"]), Assert.Single(report.ProviderRequestIds), ProviderRequestsComparer.Instance);
        Assert.False(report.ProviderRequestIdsTruncated);
    }

    private static AvatarMetrics Avatar(double at, double playback) => new() { Timestamp = at, PlaybackLatency = playback };

    private sealed class ProviderRequestsComparer : IEqualityComparer<ProviderRequests>
    {
        public static readonly ProviderRequestsComparer Instance = new();

        public bool Equals(ProviderRequests? x, ProviderRequests? y) =>
            x is not null && y is not null && x.ItemId == y.ItemId && x.RequestIds.SequenceEqual(y.RequestIds);

        public int GetHashCode(ProviderRequests obj) => obj.ItemId.GetHashCode(StringComparison.Ordinal);
    }
}
