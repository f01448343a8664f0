using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// Spec 3.6 Performance Metrics Calculator. Turns: the LLM, TTS and EOU records grouped by speech_id (see
/// <see cref="TurnAssembler"/>); latencies in ms from LiveKit's seconds; usage from model_usage, else
/// usage_summary, else the metrics records; cost from <see cref="PricingOptions"/>. Works for livekit-agents
/// 1.0-1.2 payloads (metrics records only) and 1.3+ (per-message metrics add e2e latency and speaking time).
/// The records are read in a single pass: this runs for every session at high throughput.
/// </summary>
public sealed class PerformanceMetricsAnalyzer : Analyzer<PerformanceReport>
{
    private readonly PriceTable _prices;

    public PerformanceMetricsAnalyzer(IOptions<PricingOptions> pricing)
    {
        ArgumentNullException.ThrowIfNull(pricing);
        _prices = new PriceTable(pricing.Value);
    }

    public override string Name => "performance_metrics";

    public override int Version => 1;

    public override AnalyzerStage Stage => AnalyzerStage.FanOut;

    public override PerformanceReport Analyze(AnalysisInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var session = input.Session;
        var pass = MetricsPass.Run(session.Metrics);
        var messages = MessageTimings.Read(session.Transcript.Items);
        var turns = TurnAssembler.Assemble(pass.Turns, messages);
        var tools = ToolCallOutcomes.Read(session);
        var anomalies = AnomalyDetector.Detect(turns, tools);
        var usage = UsageResolver.Resolve(session, pass);
        var total = Stats(turns, static t => t.TotalMs);
        var totalTokens = usage.PromptTokens + usage.CompletionTokens;
        double? tokensPerTurn = turns.Count > 0 ? (double)totalTokens / turns.Count : null;
        var score = PerformanceScorer.Score(
            total,
            tools.ErrorCount + pass.FailedRequests,
            tools.Calls + pass.LlmRequests + pass.TtsRequests,
            string.Equals(session.CloseReason, "error", StringComparison.Ordinal),
            tokensPerTurn);

        var report = new PerformanceReport
        {
            Turns = ToRecords(turns),
            HasMessageMetrics = messages.HasMessageMetrics,
            EouDelay = Stats(turns, static t => t.EouDelay is { } s ? EpochTime.ToMs(s) : null),
            LlmTtft = Stats(turns, static t => t.LlmTtft is { } s ? EpochTime.ToMs(s) : null),
            TtsTtfb = Stats(turns, static t => t.TtsTtfb is { } s ? EpochTime.ToMs(s) : null),
            Total = total,
            E2e = LatencyStatistics.From(messages.E2eMs),
            UsageSource = usage.Source,
            LlmRequests = pass.LlmRequests,
            PromptTokens = usage.PromptTokens,
            PromptCachedTokens = usage.PromptCachedTokens,
            CompletionTokens = usage.CompletionTokens,
            TotalTokens = totalTokens,
            AverageTokensPerTurn = Math.Round(tokensPerTurn ?? 0, 2),
            TokensPerSecond = pass.TokensPerSecond is { } tps ? Math.Round(tps, 3) : null,
            SttAudioSeconds = Math.Round(usage.SttAudioSeconds, 3),
            TtsCharacters = usage.TtsCharacters,
            TtsAudioSeconds = Math.Round(usage.TtsAudioSeconds, 3),
            Cost = CostCalculator.Calculate(usage, session.EffectiveDurationSeconds, _prices),
            Score = score.Score,
            Grade = score.Grade,
            LatencyScore = score.Latency,
            ReliabilityScore = score.Reliability,
            EfficiencyScore = score.Efficiency,
            Targets = score.Targets,
            Anomalies = anomalies,
        };
        return report with { Recommendations = RecommendationWriter.Write(report, tools) };
    }

    private static LatencyStats Stats(List<TurnAccumulator> turns, Func<TurnAccumulator, double?> value)
    {
        var values = new List<double>(turns.Count);
        foreach (var turn in turns)
        {
            if (value(turn) is { } v)
            {
                values.Add(v);
            }
        }

        return LatencyStatistics.From(values);
    }

    private static TurnLatency[] ToRecords(List<TurnAccumulator> turns)
    {
        var records = new TurnLatency[turns.Count];
        for (var i = 0; i < turns.Count; i++)
        {
            var t = turns[i];
            records[i] = new TurnLatency(
                t.Index,
                t.SpeechId,
                EpochTime.FromSeconds(t.FirstTimestamp),
                t.EouDelay is { } eou ? EpochTime.ToMs(eou) : null,
                t.LlmTtft is { } ttft ? EpochTime.ToMs(ttft) : null,
                t.TtsTtfb is { } ttfb ? EpochTime.ToMs(ttfb) : null,
                t.TotalMs,
                t.E2eMs,
                t.PromptTokens,
                t.CompletionTokens,
                t.SttDurationMs,
                t.IsAnomaly);
        }

        return records;
    }
}
