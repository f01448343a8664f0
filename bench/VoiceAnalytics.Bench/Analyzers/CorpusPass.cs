using System.Diagnostics;
using VoiceAnalytics.Core.Analysis;

namespace VoiceAnalytics.Bench.Analyzers;

/// <summary>
/// One pass of every analyzer over the shared corpus, as a delegate that returns µs per session. analyzers-compare
/// calls <see cref="Create"/> by name in another build's copy of this assembly, so its name and signature must stay.
/// </summary>
public static class CorpusPass
{
    /// <summary>Sessions in a pass (both builds of a comparison read the same corpus folder).</summary>
    public static int SessionCount { get; private set; } = 1;

    public static Func<double> Create()
    {
        var sessions = AnalyzerBenchmark.LoadCorpus(out _, out _);
        SessionCount = sessions.Length;
        var core = CoreAnalyzers.Create(); // lives as long as the process, as the delegate does
        long sink = 0;
        return () =>
        {
            var started = Stopwatch.GetTimestamp();
            foreach (var session in sessions)
            {
                sink += StagedAnalysis.Run(core.Analyzers, session).Count;
            }

            GC.KeepAlive(sink);
            return Stopwatch.GetElapsedTime(started).TotalMicroseconds / sessions.Length;
        };
    }
}
