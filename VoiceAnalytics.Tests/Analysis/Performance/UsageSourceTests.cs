using VoiceAnalytics.Core.Analysis.Performance.Costs;
using VoiceAnalytics.Core.Contracts.Metrics;
using static VoiceAnalytics.Tests.Analysis.Performance.PerformanceFixtures;

namespace VoiceAnalytics.Tests.Analysis.Performance;

/// <summary>Usage comes from one source per kind, in order, named in the report, never two added together.</summary>
public sealed class UsageSourceTests
{
    // Three sources that disagree on purpose: 1000 / 500 / 100 prompt tokens.
    private static readonly ModelUsage[] SessionUsage = [new ModelUsage { Type = ModelUsage.LlmType, Model = "gpt-4.1-mini", InputTokens = 1000, OutputTokens = 10 }];
    private static readonly UsageSummary Summary = new() { LlmPromptTokens = 500, LlmCompletionTokens = 5 };
    private static readonly MetricsRecord[] Records = [LlmRecord("s1", T0 + 1, 0.3, prompt: 100, completion: 1)];

    [Fact]
    public void Analyze_ModelUsageFromSessionUsage_WinsAndIsNamedAfterItsField()
    {
        var report = Analyze(Session(Records) with { ModelUsage = SessionUsage, ModelUsageSource = "session_usage", UsageSummary = Summary });

        Assert.Equal("session_usage", report.UsageSource);
        Assert.Equal(1000, report.PromptTokens);
    }

    [Fact]
    public void Analyze_ModelUsageWithoutARecordedField_IsNamedModelUsage()
    {
        var report = Analyze(Session(Records) with { ModelUsage = SessionUsage, UsageSummary = Summary });

        Assert.Equal(UsageResolver.ModelUsageSource, report.UsageSource);
        Assert.Equal(1000, report.PromptTokens);
    }

    /// <summary>The contract allows counts down to -10^15: a negative total must not throw in pricing (found by the property test).</summary>
    [Fact]
    public void Analyze_NegativeInputTotalWithAudioDetails_CountsNoInputWithoutThrowing()
    {
        ModelUsage[] usage =
        [
            new() { Type = ModelUsage.LlmType, Model = "gpt-realtime", InputTokens = -5, InputAudioTokens = 100, OutputTokens = 100, OutputAudioTokens = 40 },
        ];

        var report = Analyze(Session(Records) with { ModelUsage = usage });

        // No input priced; output: 40 audio tokens at $64/1M + 60 text tokens at $16/1M = $0.00256 + $0.00096.
        Assert.Equal(0.00352, Assert.Single(report.Cost.ByProvider, c => c.Kind == ModelTally.Llm).Usd, 6);
    }

    [Fact]
    public void Analyze_NoModelUsage_TakesTheUsageSummaryAlone()
    {
        var report = Analyze(Session(Records) with { UsageSummary = Summary });

        Assert.Equal(UsageResolver.UsageSummarySource, report.UsageSource);
        Assert.Equal(500, report.PromptTokens);
    }

    [Fact]
    public void Analyze_NoUsageTotals_SumsTheMetricsRecords()
    {
        var report = Analyze(Session(Records));

        Assert.Equal(UsageResolver.MetricsSource, report.UsageSource);
        Assert.Equal(100, report.PromptTokens);
    }

    [Fact]
    public void Analyze_UsageSummaryWithAudioTokens_PricesEachKind()
    {
        // The realtime record names the model (gpt-realtime); the summary's totals replace its tokens.
        var summary = new UsageSummary
        {
            LlmPromptTokens = 10_000,
            LlmInputAudioTokens = 6_000,
            LlmPromptCachedTokens = 4_000,
            LlmInputCachedAudioTokens = 3_000,
            LlmCompletionTokens = 2_000,
            LlmOutputAudioTokens = 1_500,
        };
        var report = Analyze(Session([Realtime("r1", T0 + 1, 0.5, textIn: 1)]) with { UsageSummary = summary, DurationSeconds = 0 });

        Assert.Equal(UsageResolver.UsageSummarySource, report.UsageSource);
        Assert.Equal(6_000, report.PromptAudioTokens);
        // Text in 4000 (cached 1000), audio in 6000 (cached 3000), text out 500, audio out 1500, gpt-realtime prices:
        // 3000 x 4 + 1000 x 0.40 + 3000 x 32 + 3000 x 0.40 + 500 x 16 + 1500 x 64
        //   = 12000 + 400 + 96000 + 1200 + 8000 + 96000 = 213600 per 1M = 0.2136 USD.
        Assert.Equal(0.2136, report.Cost.LlmUsd, 9);
    }

    [Fact]
    public void Analyze_NoUsageAndNoMetricsRecords_EstimatesFromTheMessages()
    {
        var report = Analyze(Session(
            [],
            [
                User("u1", T0 + 1, T0 + 3),
                Assistant("a1", T0 + 3.9, T0 + 8, e2e: 0.9, text: "Hello!"),
                User("u2", T0 + 10, T0 + 12.5),
                Assistant("a2", T0 + 13.5, T0 + 16, e2e: 1.0, text: "Sure thing."),
            ]));

        Assert.Equal(UsageResolver.MessageMetricsSource, report.UsageSource);
        Assert.Equal(4.5, report.SttAudioSeconds); // users spoke 2 + 2.5 s
        Assert.Equal(6.6, report.TtsAudioSeconds); // the assistant spoke 4.1 + 2.5 s
        Assert.Equal("Hello!".Length + "Sure thing.".Length, report.TtsCharacters);
        Assert.Equal(0, report.TotalTokens); // LLM tokens are not in the messages
    }

    [Fact]
    public void Analyze_RealtimeOnlyWithoutUsage_MakesUpNoSpeechUsageFromTheMessages()
    {
        var report = Analyze(Session(
            [Realtime("r1", T0 + 3, 0.5, textIn: 10, audioIn: 90)],
            [User("u1", T0 + 1, T0 + 3), Assistant("a1", T0 + 3.6, T0 + 8, e2e: 0.6, requestIds: ["r1"])]));

        Assert.Equal(UsageResolver.MetricsSource, report.UsageSource);
        Assert.Equal(0, report.SttAudioSeconds);
        Assert.Equal(0, report.TtsCharacters);
    }
}
