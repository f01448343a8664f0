namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// Spec 3.6 score, 0-10. Latency: per target, 10 at or under it falling linearly to 0 at twice it, weighted
/// average 40 %, p95 30 %, p99 30 %. Reliability: 10 × (1 − 2 × failure rate) over tool calls and LLM/TTS
/// requests, 2 less when the session closed on an error. Efficiency: 10 up to 2,000 tokens per turn, falling
/// linearly to 0 at 8,000. Overall: latency 50 %, reliability 30 %, efficiency 20 %, re-weighted when the
/// efficiency sub-score is missing; rounded to 0.1. Latency is read on the call's basis (see <see cref="LatencyBases"/>);
/// a call with no latency data has no overall score or grade, since reliability alone would read as a perfect call.
/// </summary>
internal static class PerformanceScorer
{
    public const double AverageTargetMs = 1000;
    public const double P95TargetMs = 1500;
    public const double P99TargetMs = 2000;
    private const double TokensPerTurnBudget = 2000;
    private const double ErrorClosePenalty = 2;

    public static ScoreCard Score(LatencyStats latencyStats, int failures, int attempts, bool closedOnError, double? tokensPerTurn)
    {
        TargetCheck[] targets =
        [
            Check("average", AverageTargetMs, latencyStats.Average),
            Check("p95", P95TargetMs, latencyStats.P95),
            Check("p99", P99TargetMs, latencyStats.P99),
        ];

        double? latency = latencyStats.Count == 0 ? null
            : Round((0.4 * Against(latencyStats.Average, AverageTargetMs)) + (0.3 * Against(latencyStats.P95, P95TargetMs)) + (0.3 * Against(latencyStats.P99, P99TargetMs)));
        var failureRate = attempts > 0 ? (double)failures / attempts : 0;
        var reliability = Round(Math.Clamp((10 * (1 - (2 * failureRate))) - (closedOnError ? ErrorClosePenalty : 0), 0, 10));
        double? efficiency = tokensPerTurn is { } tokens && tokens > 0
            ? Round(10 * Math.Clamp(((4 * TokensPerTurnBudget) - tokens) / (3 * TokensPerTurnBudget), 0, 1))
            : null;

        if (latency is not { } latencyScore)
        {
            return new ScoreCard(null, null, null, reliability, efficiency, targets);
        }

        var weighted = (0.3 * reliability) + (0.5 * latencyScore) + (0.2 * (efficiency ?? 0));
        var weights = 0.8 + (efficiency is null ? 0 : 0.2);
        var score = Math.Round(weighted / weights, 1);
        return new ScoreCard(score, Grade(score), latency, reliability, efficiency, targets);
    }

    private static TargetCheck Check(string name, double targetMs, double? actual) =>
        new(name, targetMs, actual, actual is { } value ? value < targetMs : null);

    /// <summary>10 at or under the target, 0 at twice it or more.</summary>
    private static double Against(double? actual, double target) =>
        actual is { } value ? 10 * Math.Clamp(2 - (value / target), 0, 1) : 0;

    private static string Grade(double score) => score switch
    {
        >= 9 => "A",
        >= 8 => "B",
        >= 7 => "C",
        >= 6 => "D",
        _ => "F",
    };

    private static double Round(double score) => Math.Round(score, 2);
}
