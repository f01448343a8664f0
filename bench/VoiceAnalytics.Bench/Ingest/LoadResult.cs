namespace VoiceAnalytics.Bench.Ingest;

/// <summary>One measured phase: 202s per second and their latencies; anything else is in <see cref="Errors"/>.</summary>
public sealed record LoadResult(int Concurrency, TimeSpan Elapsed, int Accepted, double P50Ms, double P99Ms, double MaxMs, ErrorTally Errors)
{
    public double RequestsPerSecond => Accepted / Elapsed.TotalSeconds;

    /// <summary>Failures during the warm-up before this phase: not in the numbers, but never hidden.</summary>
    public ErrorTally WarmupErrors { get; init; } = new();

    public static LoadResult From(int concurrency, TimeSpan elapsed, List<double> latenciesMs, ErrorTally errors)
    {
        latenciesMs.Sort();
        return new LoadResult(
            concurrency,
            elapsed,
            latenciesMs.Count,
            Percentile(latenciesMs, 50),
            Percentile(latenciesMs, 99),
            latenciesMs.Count > 0 ? latenciesMs[^1] : double.NaN,
            errors);
    }

    /// <summary>Nearest rank: the smallest value with at least p% of the values at or below it.</summary>
    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(p / 100 * sorted.Count) - 1)];
}
