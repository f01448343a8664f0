namespace VoiceAnalytics.Bench.Analyzers;

/// <summary>One timed single-thread loop: how many sessions, how long, and what the thread allocated meanwhile.</summary>
public sealed record ThroughputSample(long Sessions, TimeSpan Elapsed, long AllocatedBytes, TimeSpan Warmup)
{
    public double SessionsPerSecond => Sessions / Elapsed.TotalSeconds;

    public double MicrosecondsPerSession => Elapsed.TotalMicroseconds / Sessions;

    public double BytesPerSession => (double)AllocatedBytes / Sessions;

    /// <summary>The process's CPU time during the loop: GC and JIT threads included, other processes excluded.</summary>
    public TimeSpan ProcessCpu { get; init; }

    /// <summary>Sessions per second of this process's CPU time: the one-core rate, unaffected by a busy machine.</summary>
    public double SessionsPerCpuSecond => ProcessCpu > TimeSpan.Zero ? Sessions / ProcessCpu.TotalSeconds : double.NaN;

    /// <summary>µs per session of each whole pass over the corpus inside the timed loop, in order.</summary>
    public IReadOnlyList<double> PassMicroseconds { get; init; } = [];

    public double FastestPassMicroseconds => PassMicroseconds.Count == 0 ? double.NaN : PassMicroseconds.Min();

    public double MedianPassMicroseconds => PassMicroseconds.Count == 0 ? double.NaN : PassMicroseconds.Order().ElementAt(PassMicroseconds.Count / 2);
}
