using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Analysis.Performance.Costs;

namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// Spec 3.6 Performance Metrics Calculator. Turns: the LLM, TTS and EOU records grouped by speech_id, one per
/// realtime response, or one per assistant message with e2e_latency when the call has no pipeline stage (see
/// <see cref="TurnAssembler"/>); the call's latency on the first basis it has (<see cref="LatencyBases"/>); latencies
/// in ms from LiveKit's seconds; usage from LiveKit's model usage, else usage_summary, else the metrics records, else
/// the per-message metrics (<see cref="UsageResolver"/>); cost per token kind from <see cref="PricingOptions"/>.
/// Works for livekit-agents 1.0-1.2 payloads (metrics records only), 1.3+ (per-message metrics add e2e latency and
/// speaking time) and 1.7 (realtime models, playback latency, provider request ids).
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

    public override int Version => 2;

    public override AnalyzerStage Stage => AnalyzerStage.FanOut;

    public override PerformanceReport Analyze(AnalysisInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var session = input.Session;
        var pass = MetricsPass.Run(session.Metrics);
        var messages = MessageTimings.Read(session.Transcript.Items);
        var turns = pass.Turns;
        var basis = TurnAssembler.Assemble(turns, messages);
        var tools = ToolCallOutcomes.Read(session);
        var anomalies = AnomalyDetector.Detect(turns, tools);
        var usage = UsageResolver.Resolve(session, pass);
        var latency = Stats(turns, static t => t.LatencyMs);
        var totalTokens = usage.PromptTokens + usage.CompletionTokens;
        double? tokensPerTurn = turns.Count > 0 ? (double)totalTokens / turns.Count : null;
        var (providerRequests, truncated) = ProviderRequestLog.Read(session.Transcript.Items);
        // livekit-agents emits each avatar_metrics playback_latency from an assistant message's own: one source, never both.
        var playback = messages.PlaybackMs.Count > 0 ? messages.PlaybackMs : pass.AvatarPlaybackMs;
        var score = PerformanceScorer.Score(
            latency,
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
            Total = Stats(turns, static t => t.TotalMs),
            E2e = LatencyStatistics.From(messages.E2eMs),
            LatencyBasis = basis,
            Latency = latency,
            PlaybackLatency = LatencyStatistics.From(playback),
            UsageSource = usage.Source,
            LlmRequests = pass.LlmRequests,
            RealtimeRequests = pass.RealtimeRequests,
            PromptTokens = usage.PromptTokens,
            PromptCachedTokens = usage.PromptCachedTokens,
            PromptAudioTokens = usage.PromptAudioTokens,
            PromptCachedAudioTokens = usage.PromptCachedAudioTokens,
            PromptImageTokens = usage.PromptImageTokens,
            PromptCachedImageTokens = usage.PromptCachedImageTokens,
            CompletionTokens = usage.CompletionTokens,
            CompletionAudioTokens = usage.CompletionAudioTokens,
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
            ProviderRequestIds = providerRequests,
            ProviderRequestIdsTruncated = truncated,
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
                t.IsAnomaly,
                t.RequestId,
                t.LatencyMs);
        }

        return records;
    }
}
