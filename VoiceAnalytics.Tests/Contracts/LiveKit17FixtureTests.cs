using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Performance;
using VoiceAnalytics.Core.Analysis.Quality;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.Metrics;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Contracts.TranscriptItems;
using VoiceAnalytics.LocalHost.Cli;

namespace VoiceAnalytics.Tests.Contracts;

/// <summary>
/// Issue 11: every shape livekit-agents 1.7 emits (samples/livekit-1.7, written by generate.py from replicas of the
/// library's models and checked against the library's own classes) is accepted, and what the parser reads matches the
/// figures the generator put in (its <c>.expected.json</c>).
/// </summary>
public sealed class LiveKit17FixtureTests
{
    public static TheoryData<string> Fixtures() => [.. Names()];

    private static IEnumerable<string> Names() =>
        Directory.GetFiles(Dir, "*.expected.json").Select(f => Path.GetFileName(f)[..^".expected.json".Length]).Order(StringComparer.Ordinal);

    private static string Dir => Path.Combine(TestData.RepoRoot, "samples", "livekit-1.7");

    [Fact]
    public void Fixtures_CoverEveryShapeOfTheIssue()
    {
        Assert.Equal(
            ["all_shapes", "garbage_entries", "message_metrics_only", "metrics_collected_events", "phase1_tool_calls", "pipeline_stray_realtime",
                "realtime_only", "report_usage", "seeds_collection_code", "session_usage_only"],
            Names());
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_Accepted_WithWarningsOnlyForTheEntriesThatDoNotParse(string fixture)
    {
        var (result, expected) = Load(fixture);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Take(5).Select(e => $"{e.Path}: {e.Message}")));
        var skip = expected.TryGetProperty("skip_paths", out var paths) ? paths.EnumerateArray().Select(p => p.GetString()!).ToList() : [];
        Assert.Equal(skip.Count, result.Payload.WarningCount);
        foreach (var path in skip)
        {
            // One warning per skipped entry, at the path of its first fault inside it.
            Assert.Single(result.Payload.Warnings, w => w.Path == path || w.Path.StartsWith(path + ".", StringComparison.Ordinal) || w.Path.StartsWith(path + "[", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_MessagesRequestsAndTimeToFirstToken_MatchWhatWentIn(string fixture)
    {
        var (result, expected) = Load(fixture);
        var payload = result.Payload!;

        Assert.Equal(expected.GetProperty("user_messages").GetInt32(), payload.Transcript.Messages.Count(m => m.IsUser));
        Assert.Equal(expected.GetProperty("assistant_messages").GetInt32(), payload.Transcript.Messages.Count(m => m.IsAssistant));
        Assert.Equal(expected.GetProperty("llm_requests").GetInt32(), payload.Metrics.Count(m => m is LlmMetrics or RealtimeModelMetrics));
        Assert.Equal(expected.GetProperty("realtime_requests").GetInt32(), payload.Metrics.OfType<RealtimeModelMetrics>().Count());
        var ttft = payload.Metrics
            .Select(m => m switch { LlmMetrics llm => llm.TtftOrNull, RealtimeModelMetrics realtime => realtime.TtftOrNull, _ => null })
            .OfType<double>().Select(s => Math.Round(s * 1000, 3));
        Assert.Equal(expected.GetProperty("ttft_ms").EnumerateArray().Select(v => Math.Round(v.GetDouble(), 3)), ttft);
        var e2e = payload.Transcript.Messages.Where(m => m.IsAssistant && m.Metrics?.E2eLatency is not null).Select(m => Math.Round(m.Metrics!.E2eLatency!.Value * 1000, 3));
        Assert.Equal(expected.GetProperty("e2e_latency_ms").EnumerateArray().Select(v => Math.Round(v.GetDouble(), 3)), e2e);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_ToolCalls_CountedOnceEach(string fixture)
    {
        var (result, expected) = Load(fixture);

        var byName = ToolInvocations.Read(result.Payload!).GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(
            expected.GetProperty("tool_calls").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()).OrderBy(p => p.Key),
            byName.OrderBy(p => p.Key));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_ModelUsage_ReadFromTheSourceTheAgentUsed(string fixture)
    {
        var (result, expected) = Load(fixture);
        var payload = result.Payload!;
        var source = expected.GetProperty("usage_source").GetString();

        if (source is "model_usage" or "session_usage" or "usage")
        {
            Assert.Equal(source, payload.ModelUsageSource);
            Assert.All(payload.ModelUsage, u => Assert.NotEqual("", u.Type));
            if (expected.GetProperty("tokens") is { ValueKind: JsonValueKind.Object } tokens)
            {
                var llm = payload.ModelUsage.Where(u => u.Type == ModelUsage.LlmType).ToList();
                Assert.Equal(tokens.GetProperty("prompt").GetInt64(), llm.Sum(u => u.InputTokens));
                Assert.Equal(tokens.GetProperty("completion").GetInt64(), llm.Sum(u => u.OutputTokens));
                Assert.Equal(tokens.GetProperty("input_audio").GetInt64(), llm.Sum(u => u.InputAudioTokens));
                Assert.Equal(tokens.GetProperty("output_audio").GetInt64(), llm.Sum(u => u.OutputAudioTokens));
                Assert.Equal(tokens.GetProperty("input_cached").GetInt64(), llm.Sum(u => u.InputCachedTokens));
            }
        }
        else
        {
            Assert.Null(payload.ModelUsageSource);
            Assert.Empty(payload.ModelUsage);
            Assert.Equal(source == "usage_summary", payload.UsageSummary is not null);
        }
    }

    private static readonly Lazy<IReadOnlyList<IAnalyzer>> Analyzers = new(() => OfflineServices.Build().GetServices<IAnalyzer>().ToList());

    /// <summary>The analyzed figures (not only the parsed ones) match what went in: requests, tokens, usage source, latency samples, interruptions.</summary>
    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_Analyzed_FiguresMatchWhatWentIn(string fixture)
    {
        var (result, expected) = Load(fixture);
        var results = new AnalysisResults(StagedAnalysis.Run(Analyzers.Value, result.Payload!));
        var performance = results.Get<PerformanceReport>()!;
        var quality = results.Get<ConversationQualityReport>()!;

        Assert.Equal(expected.GetProperty("llm_requests").GetInt32(), performance.LlmRequests);
        Assert.Equal(expected.GetProperty("usage_source").GetString(), performance.UsageSource);
        if (expected.GetProperty("tokens") is { ValueKind: JsonValueKind.Object } tokens)
        {
            Assert.Equal(tokens.GetProperty("prompt").GetInt64(), performance.PromptTokens);
            Assert.Equal(tokens.GetProperty("completion").GetInt64(), performance.CompletionTokens);
            Assert.Equal(tokens.GetProperty("input_audio").GetInt64(), performance.PromptAudioTokens);
            Assert.Equal(tokens.GetProperty("output_audio").GetInt64(), performance.CompletionAudioTokens);
        }

        Assert.Equal(expected.GetProperty("e2e_latency_ms").GetArrayLength(), performance.E2e.Count);
        var hasLatency = expected.GetProperty("ttft_ms").GetArrayLength() + expected.GetProperty("e2e_latency_ms").GetArrayLength() > 0;
        Assert.Equal(hasLatency, performance.Score is not null);
        Assert.Equal(hasLatency, performance.LatencyBasis != LatencyBases.None);
        Assert.Equal(expected.GetProperty("interruptions").GetInt32(), quality.Interruptions);
        Assert.True(performance.Cost.TotalUsd > 0);
    }

    [Fact]
    public void RealtimeOnly_PricedAtTheRealtimeAudioPrice()
    {
        var (result, _) = Load("realtime_only");
        var performance = (PerformanceReport)StagedAnalysis.Run(Analyzers.Value, result.Payload!)["performance_metrics"];

        var line = Assert.Single(performance.Cost.ByProvider, c => c.Kind == "llm");
        Assert.Equal("gpt-realtime", line.Model);
        // Audio tokens at $32/$64 per 1M cost 8x the text price ($4/$16); mostly audio, the call must cost over twice its text-priced figure.
        var asText = ((performance.PromptTokens - performance.PromptCachedTokens) * 4.00 + (performance.CompletionTokens * 16.00)) / 1_000_000;
        Assert.True(line.Usd > 4 * asText * 0.5, $"{line.Usd} vs text-priced {asText}");
        Assert.Equal(LatencyBases.E2eLatency, performance.LatencyBasis);
        Assert.True(performance.Turns.Count > 0);
        Assert.True(performance.LlmTtft.Count > 0);
    }

    [Fact]
    public void SeedsCollectionCode_NaiveTimesReadAsUtc()
    {
        var (result, _) = Load("seeds_collection_code");

        Assert.Equal(new DateTimeOffset(2026, 11, 5, 18, 20, 5, TimeSpan.Zero), result.Payload!.StartTime);
        Assert.Equal(TimeSpan.Zero, result.Payload.EndTime!.Value.Offset);
    }

    private static (PayloadParseResult Result, JsonElement Expected) Load(string fixture)
    {
        var body = File.ReadAllBytes(Path.Combine(Dir, fixture + ".json"));
        using var expected = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Dir, fixture + ".expected.json")));
        return (PayloadParser.Parse(body), expected.RootElement.Clone());
    }
}
