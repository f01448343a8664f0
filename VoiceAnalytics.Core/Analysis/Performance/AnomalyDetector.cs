using System.Globalization;

namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// Spec 3.6 anomalies: a turn whose latency (on the call's basis) or tokens exceed twice the session median ("2x normal"), and
/// bursts of two or more failed tool calls within 60 seconds. Spikes need at least three turns with a value, as a
/// median of fewer is no "normal". Flags the spiking turns.
/// </summary>
internal static class AnomalyDetector
{
    private const double SpikeFactor = 2.0;
    private const int MinTurnsForMedian = 3;
    private const double BurstWindowSeconds = 60;
    private const int MinErrorsInBurst = 2;

    public static List<LatencyAnomaly> Detect(List<TurnAccumulator> turns, ToolCallOutcomes tools)
    {
        var anomalies = new List<LatencyAnomaly>();
        DetectSpikes(turns, AnomalyKinds.LatencySpike, static t => t.LatencyMs, anomalies);
        DetectSpikes(turns, AnomalyKinds.TokenSpike, static t => t.Tokens > 0 ? t.Tokens : null, anomalies);
        DetectBursts(tools, anomalies);
        anomalies.Sort(static (a, b) =>
        {
            var byTime = a.Timestamp.CompareTo(b.Timestamp);
            return byTime != 0 ? byTime : string.CompareOrdinal(a.Kind, b.Kind);
        });
        return anomalies;
    }

    private static void DetectSpikes(List<TurnAccumulator> turns, string kind, Func<TurnAccumulator, double?> value, List<LatencyAnomaly> anomalies)
    {
        var values = new List<double>(turns.Count);
        foreach (var turn in turns)
        {
            if (value(turn) is { } v)
            {
                values.Add(v);
            }
        }

        if (values.Count < MinTurnsForMedian || LatencyStatistics.Median(values) is not { } median || median <= 0)
        {
            return;
        }

        foreach (var turn in turns)
        {
            if (value(turn) is { } v && v > SpikeFactor * median)
            {
                turn.IsAnomaly = true;
                var unit = kind == AnomalyKinds.LatencySpike ? "ms" : "tokens";
                var text = string.Create(CultureInfo.InvariantCulture, $"Turn {turn.Index}: {v:0.#} {unit}, {v / median:0.0}x the session median of {median:0.#} {unit}.");
                anomalies.Add(new(kind, turn.Index, EpochTime.FromSeconds(turn.FirstTimestamp), v, Math.Round(median, 3), text));
            }
        }
    }

    /// <summary>Groups failed calls into windows that start at a failure and last 60 s; a window with two or more is a burst.</summary>
    private static void DetectBursts(ToolCallOutcomes tools, List<LatencyAnomaly> anomalies)
    {
        var errors = tools.Errors;
        var start = 0;
        while (start < errors.Count)
        {
            var end = start + 1;
            while (end < errors.Count && errors[end].At - errors[start].At <= BurstWindowSeconds)
            {
                end++;
            }

            var count = end - start;
            if (count >= MinErrorsInBurst)
            {
                var seconds = errors[end - 1].At - errors[start].At;
                var text = string.Create(CultureInfo.InvariantCulture, $"{count} tool calls failed within {seconds:0} s (first: {errors[start].Name}).");
                anomalies.Add(new(AnomalyKinds.ErrorBurst, null, EpochTime.FromSeconds(errors[start].At), count, null, text));
            }

            start = end;
        }
    }
}
