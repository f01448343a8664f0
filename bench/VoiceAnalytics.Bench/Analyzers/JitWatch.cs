using System.Diagnostics;
using System.Runtime;

namespace VoiceAnalytics.Bench.Analyzers;

/// <summary>
/// Tells a warm-up when the JIT has stopped compiling: no new method for <see cref="Quiet"/>, or <see cref="MaxWait"/>
/// since it started. Seen here (session 19, perf map of a pinned run): the tiering thread was still compiling 30 s
/// into a run, well after the rate looked steady, and took up to half the core in bursts; a timed loop must not share
/// the core with it. Reports progress to stderr every 10 s.
/// </summary>
public sealed class JitWatch
{
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(10);

    private readonly long _started = Stopwatch.GetTimestamp();
    private long _compiled = JitInfo.GetCompiledMethodCount();
    private long _lastCompile = Stopwatch.GetTimestamp();
    private TimeSpan _nextReport = ReportEvery;

    /// <summary>Reads the JIT's count; true once it has been quiet long enough (or the wait is over).</summary>
    public bool Settled()
    {
        var compiled = JitInfo.GetCompiledMethodCount();
        if (compiled != _compiled)
        {
            _compiled = compiled;
            _lastCompile = Stopwatch.GetTimestamp();
        }

        var waited = Stopwatch.GetElapsedTime(_started);
        var quietFor = Stopwatch.GetElapsedTime(_lastCompile);
        if (waited >= _nextReport)
        {
            _nextReport += ReportEvery;
            Console.Error.WriteLine(FormattableString.Invariant(
                $"    warming up: {waited.TotalSeconds:F0} s, {_compiled} methods compiled, the last {quietFor.TotalSeconds:F1} s ago"));
        }

        return quietFor >= Quiet || waited >= MaxWait;
    }
}
