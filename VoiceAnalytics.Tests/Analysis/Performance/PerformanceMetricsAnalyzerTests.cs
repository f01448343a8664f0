using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Performance;
using VoiceAnalytics.Core.Analysis.Performance.Costs;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.Metrics;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Contracts.TranscriptItems;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Tests.Analysis.Performance;

public sealed class PerformanceMetricsAnalyzerTests
{
    private const double T0 = 1_700_000_000;

    [Fact]
    public void Properties_Always_DescribeAFanOutPerformanceMetricsAnalyzerVersion2()
    {
        var sut = CreateSut();

        Assert.Equal("performance_metrics", sut.Name);
        Assert.Equal(2, sut.Version);
        Assert.Equal(AnalyzerStage.FanOut, sut.Stage);
        Assert.Equal(typeof(PerformanceReport), sut.ResultType);
    }

    [Fact]
    public void Analyze_GreetingAndAnsweredTurn_GivesExactMillisecondsPerTurn()
    {
        var session = Session(
        [
            Llm("s1", T0 + 1, ttft: 0.5, prompt: 500, completion: 40),
            Tts("s1", T0 + 2, ttfb: 0.2),
            Eou("s2", T0 + 10, delay: 0.8),
            Llm("s2", T0 + 11, ttft: 0.4, prompt: 600, completion: 30),
            Tts("s2", T0 + 12, ttfb: 0.15),
        ]);

        var report = Analyze(session);

        Assert.Equal(2, report.Turns.Count);
        var greeting = report.Turns[0];
        Assert.Equal(new TurnLatency(0, "s1", At(T0 + 1), null, 500, 200, 700, null, 500, 40, null, false, RequestId: null, LatencyMs: 700), greeting);
        var answer = report.Turns[1];
        Assert.Equal(new TurnLatency(1, "s2", At(T0 + 10), 800, 400, 150, 1350, null, 600, 30, null, false, RequestId: null, LatencyMs: 1350), answer);
        Assert.Equal(1025, report.Total.Average);
        Assert.Equal(LatencyBases.PipelineStages, report.LatencyBasis);
        Assert.Equal(report.Total, report.Latency);
        Assert.Equal(1, report.EouDelay.Count);
    }

    [Fact]
    public void Analyze_RecordsOutOfOrderAndInterleaved_GroupsBySpeechAndSortsByFirstTimestamp()
    {
        var session = Session(
        [
            Tts("late", T0 + 21, ttfb: 0.1),
            Llm("early", T0 + 1, ttft: 0.3),
            Llm("late", T0 + 20, ttft: 0.2),
            Tts("early", T0 + 2, ttfb: 0.1),
        ]);

        var report = Analyze(session);

        Assert.Equal(["early", "late"], report.Turns.Select(t => t.SpeechId));
        Assert.Equal([400.0, 300.0], report.Turns.Select(t => t.TotalMs!.Value));
    }

    [Fact]
    public void Analyze_FiveTurns_GivesInterpolatedPercentiles()
    {
        var session = Session([.. new[] { 0.5, 0.1, 0.4, 0.2, 0.3 }.Select((ttft, i) => Llm($"s{i}", T0 + (10 * i), ttft))]);

        var stats = Analyze(session).Total;

        // Sorted 100..500, rank (n - 1) * p: p90 = 400 + 0.6 * 100, p95 = 400 + 0.8 * 100, p99 = 400 + 0.96 * 100.
        Assert.Equal(new LatencyStats(5, 300, 300, 460, 480, 496, 500), stats);
    }

    [Fact]
    public void Analyze_NoMetrics_AllStatisticsNull()
    {
        var report = Analyze(Session([]));

        Assert.Empty(report.Turns);
        Assert.Equal(LatencyStats.Empty, report.Total);
        Assert.Null(report.Total.P95);
        Assert.Null(report.LatencyScore);
        Assert.All(report.Targets, t => Assert.Null(t.Passed));
    }

    [Fact]
    public void Analyze_TtftMinusOne_IsIgnored()
    {
        var session = Session(
        [
            Llm("s1", T0 + 1, ttft: -1, prompt: 100, completion: 0),
            Llm("s1", T0 + 2, ttft: 0.3, prompt: 120, completion: 10),
            Llm("s2", T0 + 10, ttft: -1, prompt: 100, completion: 0),
            Tts("s2", T0 + 11, ttfb: -1),
        ]);

        var report = Analyze(session);

        Assert.Equal(300, report.Turns[0].LlmTtftMs);
        Assert.Equal(220, report.Turns[0].PromptTokens);
        Assert.Null(report.Turns[1].LlmTtftMs);
        Assert.Null(report.Turns[1].TtsTtfbMs);
        Assert.Null(report.Turns[1].TotalMs);
        Assert.Equal(1, report.LlmTtft.Count);
        Assert.True(report.ReliabilityScore < 10);
    }

    [Fact]
    public void Analyze_CustomPriceTable_CostsEachProvider()
    {
        var session = Session([]) with
        {
            DurationSeconds = 90,
            ModelUsage =
            [
                new ModelUsage { Type = "llm_usage", Provider = "openai", Model = "test-llm", InputTokens = 1_000_000, InputCachedTokens = 200_000, OutputTokens = 500_000 },
                new ModelUsage { Type = "stt_usage", Provider = "Deepgram", Model = "test-stt", AudioDuration = 120 },
                new ModelUsage { Type = "tts_usage", Provider = "Cartesia", Model = "test-tts", CharactersCount = 10_000, AudioDuration = 30 },
            ],
        };

        var cost = Analyze(session, TestPrices()).Cost;

        // LLM: 0.8M uncached x 1.00 + 0.2M cached x 0.50 + 0.5M out x 2.00 = 1.90; STT: 2 min x 0.01; TTS: 10k chars x 100/M; agent: 1.5 min x 0.02.
        Assert.Equal(1.9, cost.LlmUsd);
        Assert.Equal(0.02, cost.SttUsd);
        Assert.Equal(1.0, cost.TtsUsd);
        Assert.Equal(0.03, cost.AgentUsd);
        Assert.Equal(2.95, cost.TotalUsd);
        Assert.Equal(["llm", "stt", "tts", "agent"], cost.ByProvider.Select(p => p.Kind));
        Assert.Equal(new ProviderCost("openai", "test-llm", "llm", 1.9, 1_500_000, "tokens"), cost.ByProvider[0]);
    }

    [Fact]
    public void Analyze_ModelNamesDifferInCaseOrCarryAVersion_MatchPriceKeys()
    {
        var session = Session([]) with
        {
            DurationSeconds = 0,
            ModelUsage =
            [
                new ModelUsage { Type = "llm_usage", Model = "TEST-LLM", InputTokens = 1_000_000 },
                new ModelUsage { Type = "llm_usage", Model = "test-llm-2025-01-01", InputTokens = 1_000_000 },
                new ModelUsage { Type = "tts_usage", Provider = "cartesia", Model = "other", CharactersCount = 1_000_000 },
            ],
        };

        var cost = Analyze(session, TestPrices()).Cost;

        Assert.Equal(2.0, cost.LlmUsd);
        Assert.Equal(50.0, cost.TtsUsd);
    }

    [Fact]
    public void Analyze_UnknownModel_UsesDefaultPrices()
    {
        var session = Session([]) with
        {
            DurationSeconds = 0,
            ModelUsage = [new ModelUsage { Type = "llm_usage", Model = "mystery", InputTokens = 1_000_000, OutputTokens = 1_000_000 }],
        };

        var cost = Analyze(session).Cost;

        Assert.Equal(0.40 + 1.60, cost.LlmUsd, 6);
    }

    [Fact]
    public void Analyze_ModelUsageAndUsageSummary_PrefersModelUsage()
    {
        var session = Session([Llm("s1", T0 + 1, 0.3, prompt: 7, completion: 3)]) with
        {
            ModelUsage = [new ModelUsage { Type = "llm_usage", Model = "gpt-4.1-mini", InputTokens = 1000, InputCachedTokens = 400, OutputTokens = 100 }],
            UsageSummary = new UsageSummary { LlmPromptTokens = 9, LlmCompletionTokens = 9, SttAudioDuration = 42, TtsCharactersCount = 300 },
        };

        var report = Analyze(session);

        Assert.Equal("model_usage", report.UsageSource);
        Assert.Equal(1000, report.PromptTokens);
        Assert.Equal(400, report.PromptCachedTokens);
        Assert.Equal(1100, report.TotalTokens);
        Assert.Equal(42, report.SttAudioSeconds);
        Assert.Equal(300, report.TtsCharacters);
    }

    [Fact]
    public void Analyze_OnlyUsageSummary_AttributesItToTheMetricsModel()
    {
        var llm = Llm("s1", T0 + 1, 0.3, prompt: 7, completion: 3) with { Metadata = new MetricsMetadata { ModelName = "test-llm", ModelProvider = "openai" } };
        var session = Session([llm]) with
        {
            DurationSeconds = 0,
            UsageSummary = new UsageSummary { LlmPromptTokens = 1_000_000, LlmCompletionTokens = 1_000_000 },
        };

        var report = Analyze(session, TestPrices());

        Assert.Equal("usage_summary", report.UsageSource);
        Assert.Equal(2_000_000, report.TotalTokens);
        Assert.Equal(new ProviderCost("openai", "test-llm", "llm", 3.0, 2_000_000, "tokens"), Assert.Single(report.Cost.ByProvider));
    }

    [Fact]
    public void Analyze_OlderPayloadWithoutMessageMetricsOrUsage_WorksFromMetricsRecords()
    {
        var session = Session(
            [
                Llm("s1", T0 + 1, 0.5, prompt: 500, completion: 40),
                Tts("s1", T0 + 2, 0.2, characters: 100),
                Eou("s2", T0 + 10, 0.6),
                Llm("s2", T0 + 11, 0.4, prompt: 600, completion: 60),
                Tts("s2", T0 + 12, 0.1, characters: 200),
                new SttMetrics { Timestamp = T0 + 5, AudioDuration = 5 },
                new SttMetrics { Timestamp = T0 + 10, AudioDuration = 3.5 },
            ],
            [Message("assistant", T0), Message("user", T0 + 9.9), Message("assistant", T0 + 10)]);

        var report = Analyze(session);

        Assert.False(report.HasMessageMetrics);
        Assert.Equal("metrics", report.UsageSource);
        Assert.Equal([700.0, 1100.0], report.Turns.Select(t => t.TotalMs!.Value));
        Assert.All(report.Turns, t => Assert.Null(t.E2eLatencyMs));
        Assert.All(report.Turns, t => Assert.Null(t.SttDurationMs));
        Assert.Equal(0, report.E2e.Count);
        Assert.Equal(1100, report.PromptTokens);
        Assert.Equal(100, report.CompletionTokens);
        Assert.Equal(8.5, report.SttAudioSeconds);
        Assert.Equal(300, report.TtsCharacters);
        Assert.Equal(600, report.AverageTokensPerTurn);
        Assert.True(report.Cost.TotalUsd > 0);
    }

    [Fact]
    public void Analyze_PerMessageMetrics_PairsSpeakingTimeAndE2eWithTheTurn()
    {
        var user = Message("user", T0 + 9.8, new MessageMetrics { StartedSpeakingAt = T0 + 5, StoppedSpeakingAt = T0 + 9, EndOfTurnDelay = 0.8 });
        var reply = Message("assistant", T0 + 9.81, new MessageMetrics { StartedSpeakingAt = T0 + 10.5, E2eLatency = 1.5, LlmNodeTtft = 0.4 });
        var session = Session(
            [Eou("s2", T0 + 9.8, 0.8), Llm("s2", T0 + 10.2, 0.4), Tts("s2", T0 + 10.4, 0.2)],
            [Message("assistant", T0, new MessageMetrics { StartedSpeakingAt = T0 + 1 }), user, reply]);

        var report = Analyze(session);

        Assert.True(report.HasMessageMetrics);
        var turn = Assert.Single(report.Turns);
        Assert.Equal(4000, turn.SttDurationMs);
        Assert.Equal(1500, turn.E2eLatencyMs);
        Assert.Equal(1400, turn.TotalMs);
        Assert.Equal(new LatencyStats(1, 1500, 1500, 1500, 1500, 1500, 1500), report.E2e);
    }

    [Fact]
    public void Analyze_TurnAtThreeTimesTheMedian_IsFlaggedWithItsTimestamp()
    {
        var session = Session([.. new[] { 1.0, 1.0, 1.0, 3.0, 1.0 }.Select((ttft, i) => Llm($"s{i}", T0 + (30 * i), ttft))]);

        var report = Analyze(session);

        var anomaly = Assert.Single(report.Anomalies);
        Assert.Equal(AnomalyKinds.LatencySpike, anomaly.Kind);
        Assert.Equal(3, anomaly.Index);
        Assert.Equal(At(T0 + 90), anomaly.Timestamp);
        Assert.Equal(3000, anomaly.Value);
        Assert.Equal(1000, anomaly.Median);
        Assert.Equal([false, false, false, true, false], report.Turns.Select(t => t.IsAnomaly));
    }

    [Fact]
    public void Analyze_UniformSession_HasNoAnomalies()
    {
        var session = Session([.. Enumerable.Range(0, 6).Select(i => Llm($"s{i}", T0 + (30 * i), 0.7))]);

        var report = Analyze(session);

        Assert.Empty(report.Anomalies);
        Assert.DoesNotContain(report.Turns, t => t.IsAnomaly);
    }

    [Fact]
    public void Analyze_TurnWithMoreThanTwiceTheMedianTokens_IsATokenSpike()
    {
        long[] prompts = [100, 100, 100, 500];
        var session = Session([.. prompts.Select((p, i) => Llm($"s{i}", T0 + (30 * i), 0.5, prompt: p, completion: 20))]);

        var anomaly = Assert.Single(Analyze(session).Anomalies);

        Assert.Equal(AnomalyKinds.TokenSpike, anomaly.Kind);
        Assert.Equal(3, anomaly.Index);
        Assert.Equal(520, anomaly.Value);
        Assert.Equal(120, anomaly.Median);
    }

    [Fact]
    public void Analyze_TwoToolErrorsWithin60Seconds_IsAnErrorBurst()
    {
        var session = Session([]) with
        {
            ToolCalls =
            [
                new ToolCall { Name = "search", IsError = true, StartedAt = T0 + 10 },
                new ToolCall { Name = "search", IsError = false, StartedAt = T0 + 20 },
                new ToolCall { Name = "book", IsError = true, StartedAt = T0 + 40 },
                new ToolCall { Name = "search", IsError = true, StartedAt = T0 + 200 },
            ],
        };

        var report = Analyze(session);

        var burst = Assert.Single(report.Anomalies);
        Assert.Equal(AnomalyKinds.ErrorBurst, burst.Kind);
        Assert.Null(burst.Index);
        Assert.Equal(At(T0 + 10), burst.Timestamp);
        Assert.Equal(2, burst.Value);
        Assert.Contains(report.Recommendations, r => r.StartsWith("3 of 4 tool calls failed (search, book)", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_ToolErrorsOnlyInTranscript_AreStillCounted()
    {
        var session = Session([], [Output("search", T0 + 10), Output("search", T0 + 30)]);

        var burst = Assert.Single(Analyze(session).Anomalies);

        Assert.Equal(AnomalyKinds.ErrorBurst, burst.Kind);
    }

    [Fact]
    public void Analyze_FastAndSlowSessions_FastScoresHigherAndPassesTargets()
    {
        var fast = Analyze(Session([.. Enumerable.Range(0, 5).Select(i => Llm($"s{i}", T0 + (30 * i), 0.6))]));
        var slow = Analyze(Session([.. Enumerable.Range(0, 5).Select(i => Llm($"s{i}", T0 + (30 * i), 2.5))]));

        Assert.True(fast.Score > slow.Score);
        Assert.Equal("A", fast.Grade);
        Assert.Equal(10, fast.LatencyScore);
        Assert.All(fast.Targets, t => Assert.True(t.Passed));
        Assert.All(slow.Targets, t => Assert.False(t.Passed));
        Assert.Equal(["average", "p95", "p99"], slow.Targets.Select(t => t.Name));
        Assert.Equal([1000.0, 1500.0, 2000.0], slow.Targets.Select(t => t.TargetMs));
        // 2500 ms: average 0 (2.5x), p95 10 x (2 - 5/3), p99 10 x (2 - 1.25); weighted 0.4/0.3/0.3.
        Assert.Equal(3.25, slow.LatencyScore!.Value, 6);
        Assert.Equal(6.6, slow.Score!.Value, 6);
        Assert.Equal("D", slow.Grade);
        Assert.Contains(slow.Recommendations, r => r.StartsWith("LLM time to first token is the largest part", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_UnknownMetricsType_IsIgnored()
    {
        const string json = """
            {"session_id": "perf-unknown", "start_time": "2026-08-18T15:02:11+00:00", "duration_seconds": 30, "transcript": {"items": []},
             "metrics": [
               {"type": "llm_metrics", "timestamp": 1700000002.0, "ttft": 0.3, "speech_id": "s1", "prompt_tokens": 50, "completion_tokens": 5},
               {"type": "brand_new_metrics", "timestamp": 1700000003.0}
             ]}
            """;
        var parsed = PayloadParser.Parse(Encoding.UTF8.GetBytes(json));
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));

        var report = Analyze(parsed.Payload);

        var turn = Assert.Single(report.Turns);
        Assert.Equal(300, turn.TotalMs);
        Assert.Equal(1, report.LlmRequests);
        Assert.Equal(55, report.TotalTokens);
    }

    [Fact]
    public void Analyze_Report_RoundTripsThroughReportJson()
    {
        var report = Analyze(Session([Eou("s1", T0 + 1, 0.5), Llm("s1", T0 + 2, 0.3), Tts("s1", T0 + 3, 0.1)]));

        var json = JsonSerializer.Serialize(report, ReportJson.Options);
        var restored = JsonSerializer.Deserialize<PerformanceReport>(json, ReportJson.Options)!;

        Assert.Equal(report.Turns, restored.Turns);
        Assert.Equal(report.Total, restored.Total);
        Assert.Equal(report.Cost.TotalUsd, restored.Cost.TotalUsd);
        Assert.Contains("\"eou_delay_ms\":500", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_EverySharedPayload_GivesAPlausibleReport()
    {
        var files = TestData.PayloadFiles().ToList();
        Assert.NotEmpty(files);
        var sut = CreateSut();

        foreach (var file in files)
        {
            var parsed = PayloadParser.Parse(File.ReadAllBytes(file));
            Assert.True(parsed.IsValid, file);

            var report = sut.Analyze(AnalysisInput.ForSession(parsed.Payload));

            Assert.True(report.Turns.Count > 0, file);
            Assert.True(report.Total.P95 >= report.Total.P50, file);
            Assert.True(report.Cost.TotalUsd > 0, file);
            Assert.True(report.TotalTokens > 0, file);
            Assert.InRange(report.Score!.Value, 0, 10);
            Assert.NotEmpty(report.Recommendations);
        }
    }

    private static PerformanceMetricsAnalyzer CreateSut(PricingOptions? pricing = null) =>
        new(Options.Create(pricing ?? new PricingOptions()));

    private static PerformanceReport Analyze(SessionPayload session, PricingOptions? pricing = null) =>
        CreateSut(pricing).Analyze(AnalysisInput.ForSession(session));

    private static PricingOptions TestPrices() => new()
    {
        Llm = new() { ["TEST-LLM"] = new LlmPrice { InputPerMillion = 1.0, CachedInputPerMillion = 0.5, OutputPerMillion = 2.0 } },
        SttPerMinute = new() { ["test-stt"] = 0.01 },
        TtsPerMillionCharacters = new() { ["test-tts"] = 100, ["Cartesia"] = 50 },
        AgentPerMinute = 0.02,
    };

    private static SessionPayload Session(IReadOnlyList<MetricsRecord> metrics, IReadOnlyList<TranscriptItem>? items = null) => new()
    {
        SessionId = "perf-test",
        StartTime = At(T0),
        DurationSeconds = 60,
        Metrics = metrics,
        Transcript = new Transcript { Items = items ?? [] },
    };

    private static LlmMetrics Llm(string speech, double at, double ttft, long prompt = 100, long completion = 20) =>
        new() { SpeechId = speech, Timestamp = at, Ttft = ttft, Duration = ttft + 0.5, PromptTokens = prompt, CompletionTokens = completion, TotalTokens = prompt + completion };

    private static TtsMetrics Tts(string speech, double at, double ttfb, long characters = 50) =>
        new() { SpeechId = speech, Timestamp = at, Ttfb = ttfb, CharactersCount = characters, AudioDuration = 3 };

    private static EouMetrics Eou(string speech, double at, double delay) =>
        new() { SpeechId = speech, Timestamp = at, EndOfUtteranceDelay = delay };

    private static MessageItem Message(string role, double createdAt, MessageMetrics? metrics = null) =>
        new() { Id = $"item_{createdAt}", Role = role, Content = ["text"], CreatedAt = createdAt, Metrics = metrics };

    private static FunctionCallOutputItem Output(string name, double createdAt) =>
        new() { Id = $"out_{createdAt}", Name = name, Output = "timed out", IsError = true, CreatedAt = createdAt };

    private static DateTimeOffset At(double epochSeconds) =>
        DateTimeOffset.UnixEpoch.AddTicks((long)Math.Round(epochSeconds * TimeSpan.TicksPerSecond));
}
