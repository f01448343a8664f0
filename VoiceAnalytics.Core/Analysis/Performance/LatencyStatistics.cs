namespace VoiceAnalytics.Core.Analysis.Performance;

internal static class LatencyStatistics
{
    /// <summary>Statistics of <paramref name="values"/>, which are sorted in place.</summary>
    public static LatencyStats From(List<double> values)
    {
        if (values.Count == 0)
        {
            return LatencyStats.Empty;
        }

        values.Sort();
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        return new LatencyStats(
            values.Count,
            Round(sum / values.Count),
            Round(Percentile(values, 0.50)),
            Round(Percentile(values, 0.90)),
            Round(Percentile(values, 0.95)),
            Round(Percentile(values, 0.99)),
            values[^1]);
    }

    /// <summary>
    /// Linear interpolation between closest ranks on sorted values: rank h = (n - 1) * p, value
    /// x[floor h] + (h - floor h) * (x[floor h + 1] - x[floor h]).
    /// </summary>
    public static double Percentile(List<double> sorted, double p)
    {
        var rank = (sorted.Count - 1) * p;
        var lower = (int)Math.Floor(rank);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + ((rank - lower) * (sorted[upper] - sorted[lower]));
    }

    /// <summary>The median of <paramref name="values"/> (sorted in place), or null when empty.</summary>
    public static double? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        return Percentile(values, 0.5);
    }

    private static double Round(double ms) => Math.Round(ms, 3);
}
