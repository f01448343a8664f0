using System.Diagnostics;
using VoiceAnalytics.Bench.Support;
using VoiceAnalytics.Core.Analysis;

namespace VoiceAnalytics.Bench.Analyzers;

/// <summary>
/// Where one "all together" pass spends its CPU: each session's input (and so its Conversation) is built afresh, as in
/// production, and each analyzer's call is timed by thread CPU time inside the stage-by-stage run. The first analyzer
/// to read a shared view (tokenized turns, the sentiment timeline, product terms) pays for it, so a row is what that
/// analyzer costs in the real order, unlike <c>analyzers</c>' rows, which reuse one input and its cached views.
/// Parts are timed by the wall clock (reading the thread CPU clock is a system call, about 15 µs on this host, which
/// would distort 21 readings per session); each pass's thread CPU time is read once, for the total.
/// </summary>
public static class AnalyzerBreakdown
{
    public static int Run(TimeSpan warmup, TimeSpan duration, TextWriter output)
    {
        if (!ThreadCpuClock.IsAvailable)
        {
            output.WriteLine("analyzers-breakdown needs the thread CPU clock (Linux).");
            return 2;
        }

        var sessions = AnalyzerBenchmark.LoadCorpus(out _, out _);
        using var core = CoreAnalyzers.Create();
        var analyzers = core.Analyzers;
        var nanos = new long[analyzers.Count];
        long inputNanos = 0;
        long timed = 0;
        long cpuNanos = 0;

        void Pass(bool record)
        {
            foreach (var session in sessions)
            {
                var started = Stopwatch.GetTimestamp();
                var input = AnalysisInput.ForSession(session);
                var built = Stopwatch.GetTimestamp();
                StagedAnalysis.RunAsync(analyzers, input, (analyzer, stageInput) =>
                {
                    var before = Stopwatch.GetTimestamp();
                    var result = analyzer.AnalyzeAsync(stageInput, CancellationToken.None).AsTask().GetAwaiter().GetResult();
                    if (record)
                    {
                        nanos[IndexOf(analyzers, analyzer)] += Stopwatch.GetTimestamp() - before;
                    }

                    return Task.FromResult(result);
                }).GetAwaiter().GetResult();
                if (record)
                {
                    inputNanos += built - started;
                    timed++;
                }
            }
        }

        var thread = new Thread(() =>
        {
            var clock = Stopwatch.StartNew();
            var jit = new JitWatch();
            while (clock.Elapsed < warmup || !jit.Settled())
            {
                Pass(record: false);
            }

            GC.Collect();
            clock.Restart();
            while (clock.Elapsed < duration)
            {
                var cpu = ThreadCpuClock.NowNanoseconds();
                Pass(record: true);
                cpuNanos += ThreadCpuClock.NowNanoseconds() - cpu;
            }
        })
        { Name = "bench-breakdown", IsBackground = true };
        thread.Start();
        thread.Join();

        // Stopwatch ticks to nanoseconds
        var toNanos = 1e9 / Stopwatch.Frequency;
        for (var i = 0; i < nanos.Length; i++)
        {
            nanos[i] = (long)(nanos[i] * toNanos);
        }

        inputNanos = (long)(inputNanos * toNanos);
        var total = inputNanos + nanos.Sum();
        output.WriteLine(FormattableString.Invariant($"## analyzers-breakdown: wall time per session, {timed} sessions timed ({sessions.Length} in the corpus), each input built afresh"));
        output.WriteLine();
        output.WriteLine("| part | µs/session | share |");
        output.WriteLine("|---|---:|---:|");
        output.WriteLine(Row("input (Conversation)", inputNanos));
        for (var i = 0; i < analyzers.Count; i++)
        {
            output.WriteLine(Row(analyzers[i].Name, nanos[i]));
        }

        output.WriteLine(Row("total", total));
        output.WriteLine(FormattableString.Invariant(
            $"\nThread CPU time: {cpuNanos / 1e3 / timed:F1} µs/session, {timed * 1e9 / cpuNanos:F0} sessions per CPU-second; wall: {timed * 1e9 / total:F0} sessions/s (the gap is time spent waiting for the core)"));
        return 0;

        string Row(string name, long ns) =>
            FormattableString.Invariant($"| {name} | {ns / 1e3 / timed:F1} | {100.0 * ns / total:F1} % |");
    }

    private static int IndexOf(IReadOnlyList<IAnalyzer> analyzers, IAnalyzer analyzer)
    {
        for (var i = 0; i < analyzers.Count; i++)
        {
            if (ReferenceEquals(analyzers[i], analyzer))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Analyzer {analyzer.Name} is not in the list.");
    }
}
