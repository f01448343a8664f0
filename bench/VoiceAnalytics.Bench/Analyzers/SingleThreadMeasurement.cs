using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace VoiceAnalytics.Bench.Analyzers;

/// <summary>
/// Runs a body over the sessions round-robin on one dedicated thread: a warm-up until the rate is steady
/// and the JIT has stopped compiling (tiering, PGO), a full GC, then a timed loop. One thread means one core's worth of work; allocation is that thread's own counter.
/// </summary>
public static class SingleThreadMeasurement
{
    private const double RisingThreshold = 0.02;
    private const int StableWindows = 4;
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MinMaxWarmup = TimeSpan.FromSeconds(10);

    public static ThroughputSample Run(int sessions, Action<int> body, TimeSpan warmup, TimeSpan duration)
    {
        ThroughputSample? sample = null;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                sample = Loop(sessions, body, warmup, duration);
            }
            catch (Exception ex)
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }
        })
        {
            Name = "bench-analyzers",
            IsBackground = true,
        };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return sample ?? throw new InvalidOperationException("The measurement thread produced no sample.");
    }

    private static ThroughputSample Loop(int sessions, Action<int> body, TimeSpan warmup, TimeSpan duration)
    {
        var index = 0;
        var warmupStarted = Stopwatch.GetTimestamp();
        var windowTicks = Ticks(Window);
        var best = 0L;
        var windowsWithoutGain = 0;

        // The cap never cuts a warm-up the caller asked for: the analyzers reach their steady tier only after some
        // thousands of sessions, because most of their methods run a few times per session.
        var maxWarmup = warmup > MinMaxWarmup ? warmup : MinMaxWarmup;
        var jit = new JitWatch();

        // Tier-up happens on a background thread; pinned to one core it competes with this loop and can take
        // tens of seconds. So warm up for at least `warmup`, until the rate has stopped rising and the JIT is quiet.
        while (true)
        {
            long done = 0;
            var windowEnd = Stopwatch.GetTimestamp() + windowTicks;
            while (Stopwatch.GetTimestamp() < windowEnd)
            {
                body(index);
                index = index + 1 == sessions ? 0 : index + 1;
                done++;
            }

            windowsWithoutGain = done > best * (1 + RisingThreshold) ? 0 : windowsWithoutGain + 1;
            best = Math.Max(best, done);
            var warmed = Stopwatch.GetElapsedTime(warmupStarted);
            var jitSettled = jit.Settled();
            if (jitSettled && ((warmed >= warmup && windowsWithoutGain >= StableWindows) || warmed >= maxWarmup))
            {
                break;
            }
        }

        var warmupElapsed = Stopwatch.GetElapsedTime(warmupStarted);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        long count = 0;
        index = 0;
        var passes = new List<double>();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = ProcessCpu();
        var started = Stopwatch.GetTimestamp();
        var passStarted = started;
        var end = started + Ticks(duration);
        do
        {
            body(index);
            index = index + 1 == sessions ? 0 : index + 1;
            count++;
            if (index == 0)
            {
                // Whole passes over the corpus, each timed alone: on a shared host the fastest and the median pass
                // move far less between runs than the mean does.
                var now = Stopwatch.GetTimestamp();
                passes.Add(Stopwatch.GetElapsedTime(passStarted, now).TotalMicroseconds / sessions);
                passStarted = now;
            }
        }
        while (Stopwatch.GetTimestamp() < end);

        var elapsed = Stopwatch.GetElapsedTime(started);
        var cpu = ProcessCpu() - cpuBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return new ThroughputSample(count, elapsed, allocated, warmupElapsed) { ProcessCpu = cpu, PassMicroseconds = passes };
    }

    /// <summary>CPU time of this process (the loop, the GC, the JIT), which other processes on the machine do not inflate.</summary>
    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
