namespace VoiceAnalytics.Bench.Analyzers;

/// <summary>One timed single-thread loop: how many sessions, how long, and what the thread allocated meanwhile.</summary>
public sealed record ThroughputSample(long Sessions, TimeSpan Elapsed, long AllocatedBytes, TimeSpan Warmup)
{
    public double SessionsPerSecond => Sessions / Elapsed.TotalSeconds;

    public double MicrosecondsPerSession => Elapsed.TotalMicroseconds / Sessions;

    public double BytesPerSession => (double)AllocatedBytes / Sessions;
}
