using System.Globalization;
using System.Reflection;
using VoiceAnalytics.Bench.Support;

namespace VoiceAnalytics.Bench.Analyzers;

/// <summary>
/// <c>analyzers-compare --against FOLDER</c>: this build's analyzers against another build's (FOLDER holds that
/// build's bench binaries, e.g. a worktree's bench/VoiceAnalytics.Bench/bin/Release/net10.0), in one process,
/// alternating whole passes over the corpus. On a shared host whose speed drifts by 2-3x within minutes, two
/// separate runs cannot be compared; alternating passes see the same drift, so the ratio of neighbouring passes holds.
/// Pin it to one core for the one-core rate: <c>taskset -c 1 dotnet ... analyzers-compare ...</c>. Each pass's
/// thread CPU time is compared too: it leaves out the time the thread waited for a core, so that ratio also holds
/// while other work shares the host.
/// </summary>
public static class BuildComparison
{
    public static int Run(string against, int passes, TimeSpan warmup, TextWriter output)
    {
        var benchDll = Path.Combine(against, "VoiceAnalytics.Bench.dll");
        if (!File.Exists(benchDll))
        {
            Console.Error.WriteLine($"--against: no VoiceAnalytics.Bench.dll in {against} (build that commit's bench in Release first).");
            return 2;
        }

        var entry = new BuildLoadContext(Path.GetFullPath(against)).LoadFromAssemblyPath(Path.GetFullPath(benchDll))
            .GetType(typeof(CorpusPass).FullName!)?.GetMethod(nameof(CorpusPass.Create), BindingFlags.Public | BindingFlags.Static);
        if (entry is null)
        {
            Console.Error.WriteLine($"--against: {benchDll} has no {typeof(CorpusPass).FullName}.{nameof(CorpusPass.Create)} (a build from before analyzers-compare existed).");
            return 2;
        }

        Func<double>[] runs = [CorpusPass.Create(), (Func<double>)entry.Invoke(null, null)!];
        Console.Error.WriteLine($"  warming both builds up for {warmup.TotalSeconds:0} s and until the JIT is quiet");
        var warmupEnds = DateTime.UtcNow + warmup;
        var jit = new JitWatch();
        while (DateTime.UtcNow < warmupEnds || !jit.Settled())
        {
            runs[0]();
            runs[1]();
        }

        var times = new[] { new List<double>(passes), new List<double>(passes) };
        var cpuTimes = new[] { new List<double>(passes), new List<double>(passes) };
        var ratios = new List<double>(passes);
        var cpuRatios = new List<double>(passes);
        for (var pass = 0; pass < passes; pass++)
        {
            // Alternate which build goes first, so neither always runs right after the other's garbage.
            var first = pass % 2;
            var (a, aCpu) = Timed(runs[first]);
            var (b, bCpu) = Timed(runs[1 - first]);
            var ((mine, mineCpu), (theirs, theirsCpu)) = first == 0 ? ((a, aCpu), (b, bCpu)) : ((b, bCpu), (a, aCpu));
            times[0].Add(mine);
            times[1].Add(theirs);
            ratios.Add(mine / theirs);
            cpuTimes[0].Add(mineCpu);
            cpuTimes[1].Add(theirsCpu);
            cpuRatios.Add(mineCpu / theirsCpu);
            if ((pass + 1) % 50 == 0)
            {
                Console.Error.WriteLine($"  {pass + 1}/{passes} passes");
            }
        }

        output.WriteLine("## analyzers-compare: this build against another, alternating passes over the corpus");
        output.WriteLine();
        output.WriteLine(FormattableString.Invariant($"- against: {against}; {passes} passes each after {warmup.TotalSeconds:0} s of warm-up; µs per session"));
        output.WriteLine();
        Table(output, times, ratios, "Time");
        if (ThreadCpuClock.IsAvailable)
        {
            output.WriteLine();
            output.WriteLine("Thread CPU time per session (leaves out waiting for a core):");
            output.WriteLine();
            Table(output, cpuTimes, cpuRatios, "CPU time");
        }

        return 0;
    }

    /// <summary>A pass's wall time per session (what the pass reports) and its thread CPU time per session.</summary>
    private static (double Wall, double Cpu) Timed(Func<double> pass)
    {
        var cpuStarted = ThreadCpuClock.NowNanoseconds();
        var wall = pass();
        var cpuNanoseconds = ThreadCpuClock.NowNanoseconds() - cpuStarted;
        return (wall, cpuNanoseconds / 1e3 / CorpusPass.SessionCount);
    }

    private static void Table(TextWriter output, List<double>[] times, List<double> ratios, string measure)
    {
        output.WriteLine("| build | fastest pass | 10th percentile | median pass | sessions/s at the median |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        Row(output, "this build", times[0]);
        Row(output, "against", times[1]);
        ratios.Sort();
        output.WriteLine();
        output.WriteLine(FormattableString.Invariant(
            $"{measure} of this build / the other, pass by pass: median {ratios[ratios.Count / 2]:F3} (quartiles {ratios[ratios.Count / 4]:F3}-{ratios[ratios.Count * 3 / 4]:F3}); below 1 means this build is faster."));
    }

    private static void Row(TextWriter output, string name, List<double> times)
    {
        times.Sort();
        var median = times[times.Count / 2];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {times[0]:F0} | {times[times.Count / 10]:F0} | {median:F0} | {1e6 / median:F0} |"));
    }
}
