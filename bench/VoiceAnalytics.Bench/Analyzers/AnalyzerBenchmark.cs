using VoiceAnalytics.Bench.Support;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.Parsing;

namespace VoiceAnalytics.Bench.Analyzers;

/// <summary>
/// Sessions per second through every registered analyzer on one thread, over the whole shared corpus parsed once,
/// through <see cref="StagedAnalysis.Run"/> (the stage-by-stage run SessionProcessor uses, minus checkpoints,
/// store and sinks), which builds each session's AnalysisInput and so its shared Conversation inside the clock; then
/// each analyzer alone (later stages get the earlier results precomputed, and the Conversation is built once, outside the clock).
/// </summary>
public static class AnalyzerBenchmark
{
    public static void Run(BenchOptions options, TextWriter output)
    {
        var sessions = LoadCorpus(out var files, out var totalBytes);
        using var core = CoreAnalyzers.Create();
        output.WriteLine("## analyzers: sessions per second on one thread");
        output.WriteLine();
        output.WriteLine($"- corpus: {files.Count} payloads from shared/data (livekit/*.json, calls/dev-*.json), {totalBytes:N0} bytes, {sessions.Sum(s => s.Metrics.Count):N0} metrics records; parsed once, outside the clock");
        output.WriteLine($"- analyzers from AddVoiceAnalyticsCore(): {string.Join(", ", core.Analyzers.Select(a => $"{a.Name} v{a.Version} ({a.Stage})"))}");
        output.WriteLine(FormattableString.Invariant(
            $"- each row: warm-up of at least {options.Warmup.TotalSeconds:0.#} s and until the rate stops rising for 1 s (at most 10 s or the warm-up asked for, whichever is longer) and the JIT has compiled nothing for 2 s (at most 120 s), full GC, then {options.Duration.TotalSeconds:0.#} s round-robin over the corpus on one dedicated thread; bytes from GC.GetAllocatedBytesForCurrentThread; each whole pass over the corpus is also timed alone (median and fastest pass), which a busy host moves less than the mean"));
        output.WriteLine();

        long sink = 0;
        var rows = new List<(string Name, string Stage, ThroughputSample Sample)>();
        var analyzers = core.Analyzers;
        var all = SingleThreadMeasurement.Run(sessions.Length, i => sink += StagedAnalysis.Run(analyzers, sessions[i]).Count, options.Warmup, options.Duration);
        rows.Add(($"all together ({analyzers.Count})", "all, stage by stage", all));
        Console.Error.WriteLine(FormattableString.Invariant(
            $"  analyzers all: {all.SessionsPerSecond:F0} sessions/s, {all.SessionsPerCpuSecond:F0} per CPU-second; per pass over the corpus: median {1e6 / all.MedianPassMicroseconds:F0}/s, fastest {1e6 / all.FastestPassMicroseconds:F0}/s ({all.PassMicroseconds.Count} passes)"));

        foreach (var analyzer in core.Analyzers)
        {
            var earlierStages = analyzers.Where(a => a.Stage < analyzer.Stage).ToList();
            var inputs = sessions.Select(s => AnalysisInput.ForSession(s) with { Earlier = StagedAnalysis.Run(earlierStages, s) }).ToArray();
            var alone = SingleThreadMeasurement.Run(inputs.Length, i => sink += Invoke(analyzer, inputs[i]) is null ? 0 : 1, options.Warmup, options.Duration);
            rows.Add((analyzer.Name, analyzer.Stage.ToString(), alone));
            Console.Error.WriteLine(FormattableString.Invariant($"  analyzer {analyzer.Name}: {alone.SessionsPerSecond:F0} sessions/s"));
        }

        output.WriteLine("| analyzer | stage | sessions/s | sessions/CPU-s | µs/session | median pass µs/session | fastest pass µs/session | allocated bytes/session | sessions timed | warm-up (s) |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, stage, sample) in rows)
        {
            output.WriteLine(FormattableString.Invariant(
                $"| {name} | {stage} | {sample.SessionsPerSecond:F0} | {sample.SessionsPerCpuSecond:F0} | {sample.MicrosecondsPerSession:F1} | {sample.MedianPassMicroseconds:F1} | {sample.FastestPassMicroseconds:F1} | {sample.BytesPerSession:N0} | {sample.Sessions} | {sample.Warmup.TotalSeconds:F1} |"));
        }

        output.WriteLine();
        if (core.TouchedStorage)
        {
            output.WriteLine("WARNING: resolving the analyzers created files in Storage:Path; an analyzer depends on storage.");
            output.WriteLine();
        }

        GC.KeepAlive(sink);
    }

    /// <summary>Analyzers are synchronous at heart; an asynchronous one is waited for, on this thread.</summary>
    private static object Invoke(IAnalyzer analyzer, AnalysisInput input)
    {
        var pending = analyzer.AnalyzeAsync(input, CancellationToken.None);
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }

    internal static SessionPayload[] LoadCorpus(out IReadOnlyList<string> files, out long totalBytes)
    {
        var data = RepoPaths.SharedData();
        files =
        [
            .. Directory.GetFiles(Path.Combine(data, "livekit"), "*.json")
                .Concat(Directory.GetFiles(Path.Combine(data, "calls"), "dev-*.json"))
                .Where(f => !f.EndsWith(".labels.json", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal),
        ];
        totalBytes = 0;
        var sessions = new SessionPayload[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            var body = File.ReadAllBytes(files[i]);
            totalBytes += body.Length;
            var parsed = PayloadParser.Parse(body);
            sessions[i] = parsed.IsValid
                ? parsed.Payload
                : throw new InvalidDataException($"{files[i]}: " + string.Join("; ", parsed.Errors.Select(e => $"{e.Path}: {e.Message}")));
        }

        return sessions;
    }
}
