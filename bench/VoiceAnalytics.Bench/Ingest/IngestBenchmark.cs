using System.Globalization;
using System.Net;
using VoiceAnalytics.Bench.Support;

namespace VoiceAnalytics.Bench.Ingest;

/// <summary>
/// POST /api/sessions of the real app against two baselines, same client, same bodies (the 30 dev calls of
/// shared/data/calls in turn, each with its own session id): a bare Kestrel endpoint (the ceiling) and one that
/// commits each body alone in one fsync'd SQLite insert (the floor a durable intake must beat). The app gets a
/// fresh instance (and database) per concurrency level and is stopped before the next measurement, so its queue
/// backlog never runs during someone else's numbers.
/// </summary>
public static class IngestBenchmark
{
    private const int TargetBodyBytes = 100 * 1024;

    // Enough for ~30k requests/s over warm-up plus measurement; the pool restarts for every endpoint instance.
    private const int IdPoolSize = 1_000_000;

    public static async Task RunAsync(BenchOptions options, TextWriter output)
    {
        var calls = Directory.GetFiles(Path.Combine(RepoPaths.SharedData(), "calls"), "dev-*.json")
            .Where(f => !f.EndsWith(".labels.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        IReadOnlyList<IngestPayload> payloads = calls.Count > 0
            ? [.. calls.Select(IngestPayload.FromFile)]
            : [IngestPayload.Build(Path.Combine(RepoPaths.Samples(), "qualified_meeting_booked.json"), TargetBodyBytes)];
        var ids = new SessionIdPool(IdPoolSize);
        output.WriteLine("## ingest: POST /api/sessions");
        output.WriteLine();
        output.WriteLine(FormattableString.Invariant(
            $"- bodies: {payloads.Count} calls (shared/data/calls/dev-*.json, compact JSON) in turn, mean {payloads.Average(p => p.BodyLength) / 1024.0:F1} KiB, unique session_id per request"));
        output.WriteLine(FormattableString.Invariant(
            $"- per endpoint and level: {options.Warmup.TotalSeconds:0.#} s warm-up, then {options.Duration.TotalSeconds:0.#} s measured; closed loop, one shared HttpClient (SocketsHttpHandler, HTTP/1.1, no proxy)"));
        output.WriteLine(options.WithoutPump
            ? "- DIAGNOSTIC RUN: the app's local queue pump is removed, so nothing is analyzed; only the HTTP + store path is measured"
            : "- the app runs as shipped, including the local queue pump that analyzes the stored sessions in the background");
        output.WriteLine();

        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = Math.Max(1, options.Concurrency.Max()),
            UseProxy = false,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("x-functions-key", AppEndpoint.ApiKey);
        var runner = new LoadRunner(client, payloads, ids);

        await using var bare = await BareKestrelEndpoint.StartAsync().ConfigureAwait(false);
        var rows = new List<(LoadResult App, LoadResult Bare, IReadOnlyDictionary<string, long> States)>();
        var floors = new List<LoadResult>();
        var intakeBytes = new List<double?>();
        foreach (var concurrency in options.Concurrency)
        {
            ids.Reset();
            var bareResult = await runner.RunAsync(bare.Endpoint, concurrency, options.Warmup, options.Duration).ConfigureAwait(false);

            ids.Reset();
            await using (var oneInsert = await OneInsertEndpoint.StartAsync().ConfigureAwait(false))
            {
                floors.Add(await runner.RunAsync(oneInsert.Endpoint, concurrency, options.Warmup, options.Duration).ConfigureAwait(false));
            }

            ids.Reset();
            LoadResult appResult;
            IReadOnlyDictionary<string, long> states;
            await using (var app = await AppEndpoint.StartAsync(withPump: !options.WithoutPump).ConfigureAwait(false))
            {
                appResult = await runner.RunAsync(app.Endpoint, concurrency, options.Warmup, options.Duration).ConfigureAwait(false);
                states = app.SessionStates();
                intakeBytes.Add(app.IntakeBytesPerSession());
                if (intakeBytes[^1] is null && concurrency == options.Concurrency[^1])
                {
                    // This SQLite build has no dbstat: keep the last level's file for python3 (bench/README.md says how).
                    var copy = Path.Combine(RepoPaths.RepoRoot(), "bench", ".data", "ingest-last.db");
                    Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                    app.CopyDatabaseTo(copy);
                    Console.Error.WriteLine($"  ingest: database of c={concurrency} copied to {copy}");
                }
            }

            Console.Error.WriteLine(FormattableString.Invariant(
                $"  ingest c={concurrency}: app {appResult.RequestsPerSecond:F0} req/s, bare {bareResult.RequestsPerSecond:F0} req/s, one insert {floors[^1].RequestsPerSecond:F0} req/s"));
            rows.Add((appResult, bareResult, states));
        }

        output.WriteLine("| concurrency | app req/s | app p50 (ms) | app p99 (ms) | bare req/s | bare p50 (ms) | bare p99 (ms) | app errors | bare errors |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (app, bareResult, _) in rows)
        {
            output.WriteLine(FormattableString.Invariant(
                $"| {app.Concurrency} | {app.RequestsPerSecond:F1} | {app.P50Ms:F2} | {app.P99Ms:F2} | {bareResult.RequestsPerSecond:F1} | {bareResult.P50Ms:F2} | {bareResult.P99Ms:F2} | {app.Errors.Total} | {bareResult.Errors.Total} |"));
        }

        output.WriteLine();
        output.WriteLine("Against the baselines, same run (app req/s divided by theirs):");
        output.WriteLine();
        output.WriteLine("| concurrency | app req/s | bare req/s | one fsync'd insert req/s | app / bare | app / one insert | one insert p50 (ms) | intake tables bytes/session |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var i = 0; i < rows.Count; i++)
        {
            var (app, bareResult, _) = rows[i];
            var floor = floors[i];
            var bytes = intakeBytes[i] is { } b ? b.ToString("N0", CultureInfo.InvariantCulture) : "n/a";
            output.WriteLine(FormattableString.Invariant(
                $"| {app.Concurrency} | {app.RequestsPerSecond:F1} | {bareResult.RequestsPerSecond:F1} | {floor.RequestsPerSecond:F1} | {app.RequestsPerSecond / bareResult.RequestsPerSecond:F3} | {app.RequestsPerSecond / floor.RequestsPerSecond:F2} | {floor.P50Ms:F2} | {bytes} |"));
        }

        output.WriteLine();
        output.WriteLine(options.WithoutPump
            ? "Details (measured phase only; the app's store is read right after it):"
            : "Details (measured phase only; the app's store is read right after it, while the pump is still running):");
        output.WriteLine();
        output.WriteLine("| concurrency | app 202s | app max (ms) | app store states after the run | bare 202s | bare max (ms) |");
        output.WriteLine("|---:|---:|---:|---|---:|---:|");
        foreach (var (app, bareResult, states) in rows)
        {
            var stateText = string.Join(", ", states.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value}")));
            output.WriteLine(FormattableString.Invariant(
                $"| {app.Concurrency} | {app.Accepted} | {app.MaxMs:F1} | {stateText} | {bareResult.Accepted} | {bareResult.MaxMs:F1} |"));
        }

        WriteErrors(output, rows.SelectMany(r => new[] { ("app", r.App), ("bare", r.Bare) }).Concat(floors.Select(f => ("one insert", f))));
        output.WriteLine();
        await IngestCostProbe.RunAsync(payloads[0], options, output).ConfigureAwait(false);
    }

    private static void WriteErrors(TextWriter output, IEnumerable<(string Endpoint, LoadResult Result)> results)
    {
        var failed = results
            .SelectMany(r => new[] { (r.Endpoint, r.Result.Concurrency, Phase: "measured", Tally: r.Result.Errors), (r.Endpoint, r.Result.Concurrency, Phase: "warm-up", Tally: r.Result.WarmupErrors) })
            .Where(r => r.Tally.Total > 0)
            .ToList();
        output.WriteLine();
        if (failed.Count == 0)
        {
            output.WriteLine("Errors: none (every request, warm-up included, answered 202).");
            return;
        }

        output.WriteLine("Errors (any answer other than 202):");
        foreach (var (endpoint, concurrency, phase, tally) in failed)
        {
            foreach (var (kind, count) in tally.Counts)
            {
                var sample = tally.Samples.TryGetValue(kind, out var s) ? s.ReplaceLineEndings(" ") : "";
                output.WriteLine(FormattableString.Invariant($"- {endpoint} c={concurrency} {phase}: {count} x {kind}: {sample}"));
            }
        }
    }
}
