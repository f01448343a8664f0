namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// Summary of a set of latencies in milliseconds. Percentiles interpolate linearly between the closest ranks
/// (rank = (n - 1) * p, as NumPy's default and Excel's PERCENTILE.INC); every value is null on an empty set.
/// </summary>
public sealed record LatencyStats(int Count, double? Average, double? P50, double? P90, double? P95, double? P99, double? Max)
{
    public static LatencyStats Empty { get; } = new(0, null, null, null, null, null, null);
}
