using VoiceAnalytics.Core.Analysis.Performance;
using VoiceAnalytics.Core.Analysis.Performance.Costs;
using VoiceAnalytics.Core.Contracts.Metrics;
using static VoiceAnalytics.Tests.Analysis.Performance.PerformanceFixtures;

namespace VoiceAnalytics.Tests.Analysis.Performance;

/// <summary>Speech-to-speech (realtime model) sessions: only realtime_model_metrics, no STT/TTS/EOU records.</summary>
public sealed class RealtimeSessionTests
{
    [Fact]
    public void Analyze_RealtimeOnlySession_GetsTurnsRequestsTtftAndE2eLatency()
    {
        var report = Analyze(RealtimeCall());

        Assert.Equal(["resp_1", "resp_2", "resp_3"], report.Turns.Select(t => t.RequestId));
        Assert.All(report.Turns, t => Assert.Null(t.SpeechId));
        Assert.Equal([1600.0, 2400.0, null], report.Turns.Select(t => t.E2eLatencyMs));
        Assert.Equal(3, report.LlmRequests);
        Assert.Equal(3, report.RealtimeRequests);
        Assert.Equal(new LatencyStats(2, 1000, 1000, 1160, 1180, 1196, 1200), report.LlmTtft);
        Assert.Equal(LatencyBases.E2eLatency, report.LatencyBasis);
        Assert.Equal([1600.0, 2400.0, null], report.Turns.Select(t => t.LatencyMs));
        Assert.Equal(2000, report.Latency.Average);
    }

    [Fact]
    public void Analyze_RealtimeOnlySession_ScoresTheE2eLatencyAgainstTheTargets()
    {
        var report = Analyze(RealtimeCall());

        // Latency 1600 and 2400 ms: average 2000, p95 = 1600 + 0.95 x 800 = 2360, p99 = 1600 + 0.99 x 800 = 2392.
        Assert.Equal([2000.0, 2360.0, 2392.0], report.Targets.Select(t => t.ActualMs!.Value));
        Assert.All(report.Targets, t => Assert.False(t.Passed));
        // Per target 10 x (2 - actual / target), clamped: average 0, p95 10 x (2 - 2360/1500), p99 10 x (2 - 2392/2000).
        var expected = (0.4 * 0) + (0.3 * 10 * (2 - (2360.0 / 1500))) + (0.3 * 10 * (2 - (2392.0 / 2000)));
        Assert.Equal(Math.Round(expected, 2), report.LatencyScore);
        Assert.Equal(10, report.ReliabilityScore); // the tool-call response (ttft -1) is no failure
        Assert.NotNull(report.Score);
        Assert.True(report.Score < 9);
        Assert.DoesNotContain(report.Recommendations, r => r.Contains("no change needed", StringComparison.Ordinal));
        Assert.Contains(report.Recommendations, r => r.StartsWith("The realtime model's time to first audio token is the largest part", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_RealtimeOnlySession_IsCostedPerTokenKindAtTheRealtimePrice()
    {
        var report = Analyze(RealtimeCall());

        // Input 5500 = text 1700 + audio 3800; cached 3000 = text 700 + audio 2300; output 730 = text 130 + audio 600.
        Assert.Equal(5500, report.PromptTokens);
        Assert.Equal(3800, report.PromptAudioTokens);
        Assert.Equal(3000, report.PromptCachedTokens);
        Assert.Equal(2300, report.PromptCachedAudioTokens);
        Assert.Equal(730, report.CompletionTokens);
        Assert.Equal(600, report.CompletionAudioTokens);
        Assert.Equal(UsageResolver.MetricsSource, report.UsageSource);
        // gpt-realtime per 1M: text 4.00 / cached 0.40 / out 16.00, audio 32.00 / cached 0.40 / out 64.00.
        // (1700 - 700) x 4 + 700 x 0.40 + (3800 - 2300) x 32 + 2300 x 0.40 + 130 x 16 + 600 x 64
        //   = 4000 + 280 + 48000 + 920 + 2080 + 38400 = 93680 per 1M = 0.09368 USD.
        Assert.Equal(0.09368, report.Cost.LlmUsd, 9);
        var line = Assert.Single(report.Cost.ByProvider, c => c.Kind == ModelTally.Llm);
        Assert.Equal(("openai", "gpt-realtime"), (line.Provider, line.Model));
    }

    [Fact]
    public void Analyze_RealtimeResponseWithoutAudio_IsARequestButNoTtftSampleAndNoFailure()
    {
        var report = Analyze(Session([Realtime("resp_tool", T0 + 3, ttft: -1, textIn: 300, textOut: 20)]));

        Assert.Equal(1, report.LlmRequests);
        Assert.Equal(0, report.LlmTtft.Count);
        Assert.Equal(10, report.ReliabilityScore);
        Assert.Null(Assert.Single(report.Turns).LatencyMs);
        Assert.Equal(LatencyBases.None, report.LatencyBasis);
    }

    [Fact]
    public void Analyze_RealtimeRecordsWithoutMessageMetrics_ScoreTheModelTtft()
    {
        var report = Analyze(Session([Realtime("r1", T0 + 3, ttft: 0.5, textIn: 10), Realtime("r2", T0 + 9, ttft: 0.7, textIn: 10)]));

        Assert.Equal(LatencyBases.ModelTtft, report.LatencyBasis);
        Assert.Equal(600, report.Latency.Average);
        Assert.NotNull(report.Score);
    }

    [Fact]
    public void Analyze_RealtimeMessageWithoutResponseId_IsPairedByTime()
    {
        // Response created at +5 with its first audio 0.8 s later; the message started playing 0.1 s after that.
        var report = Analyze(Session(
            [Realtime("resp_1", T0 + 5, ttft: 0.8, textIn: 10)],
            [Assistant("a1", T0 + 5.9, T0 + 8, e2e: 1.7)]));

        var turn = Assert.Single(report.Turns);
        Assert.Equal(1700, turn.E2eLatencyMs);
    }

    [Fact]
    public void Analyze_PipelineWithAStrayRealtimeRecord_CountsItInRequestsTtftAndUsage()
    {
        var report = Analyze(Session(
        [
            Eou("s1", T0 + 1, 0.5),
            LlmRecord("s1", T0 + 2, 0.4, prompt: 100, completion: 20),
            Tts("s1", T0 + 3, 0.2),
            Realtime("resp_x", T0 + 30, ttft: 0.6, textIn: 40, audioIn: 60, audioOut: 30),
        ]));

        Assert.Equal(2, report.LlmRequests);
        Assert.Equal(2, report.LlmTtft.Count);
        Assert.Equal(500, report.LlmTtft.Average); // (400 + 600) / 2
        Assert.Equal(200, report.PromptTokens); // 100 + 40 + 60
        Assert.Equal(50, report.CompletionTokens); // 20 + 30
        Assert.Equal(60, report.PromptAudioTokens);
        Assert.Equal(LatencyBases.PipelineStages, report.LatencyBasis);
        Assert.Equal([1100.0, 600.0], report.Turns.Select(t => t.LatencyMs!.Value));
    }

    [Theory]
    [InlineData("gpt-4o-realtime-preview-2025-06-03", 40.0)]
    [InlineData("gpt-realtime-2025-08-28", 32.0)]
    [InlineData("gpt-realtime-mini-2025-10-06", 10.0)]
    [InlineData("gpt-4o-mini-realtime-preview-2024-12-17", 10.0)]
    public void Analyze_DatedRealtimeModelName_GetsItsFamilysAudioPrice(string model, double audioPerMillion)
    {
        // One million uncached audio input tokens cost exactly the audio input price per 1M, not gpt-4o's text price.
        var session = Session([]) with
        {
            DurationSeconds = 0,
            ModelUsage = [new ModelUsage { Type = ModelUsage.LlmType, Provider = "openai", Model = model, InputTokens = 1_000_000, InputAudioTokens = 1_000_000 }],
        };

        var report = Analyze(session);

        Assert.Equal(audioPerMillion, report.Cost.LlmUsd, 9);
    }

    [Fact]
    public void Analyze_ModelWithoutAudioPrices_PricesAudioTokensAtTheTextPrice()
    {
        var pricing = new PricingOptions { Llm = new() { ["text-only"] = new LlmPrice { InputPerMillion = 2, CachedInputPerMillion = 1, OutputPerMillion = 8 } } };
        var session = Session([]) with
        {
            DurationSeconds = 0,
            ModelUsage = [new ModelUsage { Type = ModelUsage.LlmType, Model = "text-only", InputTokens = 1000, InputAudioTokens = 600, InputCachedTokens = 500, InputCachedAudioTokens = 300, OutputTokens = 100, OutputAudioTokens = 100 }],
        };

        var report = Analyze(session, pricing);

        // Uncached 500 x 2 + cached 500 x 1 + output 100 x 8 = 2300 per 1M, whatever the modality.
        Assert.Equal(0.0023, report.Cost.LlmUsd, 9);
    }
}
