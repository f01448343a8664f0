using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Bench.EndToEnd;
using VoiceAnalytics.Bench.Ingest;
using VoiceAnalytics.Bench.Support;
using VoiceAnalytics.Bench.Warehouse;
using VoiceAnalytics.Core.Reports.Executive;
using VoiceAnalytics.Core.Scheduling;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Bench.Scale;

/// <summary>
/// <c>scale --sessions N [--runs 5] [--backlog 2000] [--reuse]</c>: generates N sessions into every embedded
/// store under bench/.data/scale-N (kept; --reuse measures it again), then measures, on an empty data folder and on
/// the generated one in the same run: the drain of a backlog, one OpsHealth run, the daily executive figures,
/// <c>GET /api/sessions/{id}</c> and <c>GET /api/outbox?session_id=</c>, and prints every hot statement's plan.
/// Exit code 1 when a plan reads a growing table in full.
/// </summary>
internal static class ScaleBenchmark
{
    private const int GetRuns = 200;
    private const int BacklogClients = 8;

    public static async Task<int> RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(RepoPaths.RepoRoot(), "bench", ".data", $"scale-{options.Sessions}");
        using var report = new StringWriter(CultureInfo.InvariantCulture);
        report.WriteLine($"## scale: {options.Sessions:N0} sessions in every embedded store");
        report.WriteLine();
        if (!options.Reuse || !File.Exists(DatabaseFile(folder)))
        {
            await GenerateAsync(options.Sessions, folder, report, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            report.WriteLine($"- reused {DatabaseFile(folder)} ({new FileInfo(DatabaseFile(folder)).Length / 1e6:N0} MB)");
        }

        var problems = Plans(DatabaseFile(folder), report);
        var backlog = options.Backlog;
        // The first app of the process runs partly unoptimized (tiered JIT): a warm-up keeps that out of the empty
        // baseline, which is measured first.
        Console.Error.WriteLine("warm-up on a throwaway folder (not reported)");
        using (var warmup = new TempFolder())
        {
            _ = await MeasureAsync(warmup, 0, Math.Min(backlog, 300), 1, cancellationToken).ConfigureAwait(false);
        }

        Console.Error.WriteLine("measuring on an empty data folder");
        using var empty = new TempFolder();
        var atZero = await MeasureAsync(empty, 0, backlog, options.Runs, cancellationToken).ConfigureAwait(false);
        Console.Error.WriteLine($"measuring on {options.Sessions:N0} sessions");
        var atN = await MeasureAsync(new TempFolder(folder), options.Sessions, backlog, options.Runs, cancellationToken).ConfigureAwait(false);
        Write(report, options, backlog, atZero, atN);
        output.Write(report.ToString());
        await File.WriteAllTextAsync(Path.Combine(folder, "..", $"scale-{options.Sessions}.md"), report.ToString(), cancellationToken).ConfigureAwait(false);
        return problems > 0 ? 1 : 0;
    }

    private static string DatabaseFile(string folder) => Path.Combine(folder, "voice-analytics.db");

    private static async Task GenerateAsync(int sessions, string folder, TextWriter report, CancellationToken cancellationToken)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var clock = Stopwatch.StartNew();
        var templates = ReportTemplates.Load(12);
        var stored = await StoredSessionTemplates.CaptureAsync(templates.Select(t => t.File), cancellationToken).ConfigureAwait(false);
        // The app creates its file (every schema of the host), then stops: the generator only adds rows.
        await (await AppEndpoint.StartAsync(withPump: false, new TempFolder(folder)).ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        var prepared = clock.Elapsed.TotalSeconds;
        Console.Error.WriteLine($"{templates.Count} templates analyzed and run through the app in {prepared:F0} s; generating {sessions:N0} sessions");
        clock.Restart();
        new WarehouseGenerator(sessions, templates, Console.Error, connection => new ScaleRows(connection, stored)).Generate(DatabaseFile(folder));
        var seconds = clock.Elapsed.TotalSeconds;
        var bytes = new FileInfo(DatabaseFile(folder)).Length;
        report.WriteLine(FormattableString.Invariant(
            $"- generated in {seconds:F0} s ({(sessions == 0 ? 0 : sessions / seconds):N0} sessions/s; templates: {prepared:F0} s); file {bytes / 1e6:N0} MB ({(sessions == 0 ? 0 : bytes / 1024.0 / sessions):F1} KB per session)"));
        report.WriteLine(FormattableString.Invariant(
            $"- per template call (mean of {stored.Count}): body {stored.Values.Average(t => t.Body.Length) / 1024:F1} KB, report_json {stored.Values.Average(t => t.ReportJson?.Length ?? 0) / 1024:F1} KB, {stored.Values.Average(t => t.Checkpoints.Count):F1} checkpoints, {stored.Values.Average(t => t.Deliveries.Count):F1} ledger rows, {stored.Values.Average(t => t.Outbox.Count):F1} outbox messages of {stored.Values.Average(t => t.Outbox.Sum(o => o.Payload.Length)) / 1024:F1} KB text"));
        using var connection = new SqliteConnection($"Data Source={DatabaseFile(folder)};Mode=ReadOnly;Pooling=False");
        connection.Open();
        TableSizes(connection, sessions, report);
    }

    /// <summary>Rows and bytes per table and index (dbstat: https://www.sqlite.org/dbstat.html).</summary>
    private static void TableSizes(SqliteConnection connection, int sessions, TextWriter report)
    {
        report.WriteLine();
        report.WriteLine("| table or index | MB | KB per session |");
        report.WriteLine("|---|---:|---:|");
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC;";
        command.CommandTimeout = 0;
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var size = reader.GetInt64(1);
                if (size >= 1_000_000)
                {
                    report.WriteLine(FormattableString.Invariant($"| {reader.GetString(0)} | {size / 1e6:N0} | {(sessions == 0 ? 0 : size / 1024.0 / sessions):F1} |"));
                }
            }
        }
        catch (SqliteException ex)
        {
            report.WriteLine($"| (dbstat unavailable: {ex.SqliteErrorCode}) | | |");
        }

        report.WriteLine();
        foreach (var table in new[] { "ingested_sessions", "analyzer_checkpoints", "deliveries", "outbox", "sessions", "metrics", "analysis_results", "alerts_history" })
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM {table};";
            count.CommandTimeout = 0;
            report.WriteLine($"  - {table}: {count.ExecuteScalar():N0} rows");
        }
    }

    private static int Plans(string file, TextWriter report)
    {
        report.WriteLine();
        report.WriteLine("### Query plans of the hot statements");
        report.WriteLine();
        var database = new SqliteDatabase(file, []);
        using var connection = database.Open();
        var statements = WarehouseReadStatements.All
            .Append(("activity.LatestReceived", SqliteSessionActivity.LatestReceivedSql))
            .Append(("activity.Failures", SqliteSessionActivity.FailuresSql))
            .Concat(SessionStoreReadStatements.All)
            .Concat(DeliveryReadStatements.All);
        var failing = new List<string>();
        foreach (var (name, sql) in statements)
        {
            var plan = SqliteQueryPlan.Explain(connection, sql);
            var problems = DeliveryReadStatements.NewestFirst.Contains(name)
                ? (plan.SequenceEqual(["SCAN outbox"]) ? [] : ["not a bare newest-first walk"])
                : SqliteQueryPlan.Problems(sql, plan);
            if (problems.Count > 0)
            {
                failing.Add(name);
            }

            report.WriteLine($"- `{name}`: {string.Join("; ", plan)}{(problems.Count > 0 ? $" **{string.Join(", ", problems)}**" : "")}");
        }

        report.WriteLine();
        report.WriteLine(failing.Count == 0 ? "No statement scans a growing table in full." : $"FAIL: {string.Join(", ", failing)}");
        SqliteConnection.ClearAllPools();
        return failing.Count;
    }

    private static async Task<Measures> MeasureAsync(TempFolder folder, int sessions, int backlog, int runs, CancellationToken cancellationToken)
    {
        var firstId = ExistingBenchIds(folder);
        var sample = Path.Combine(RepoPaths.Samples(), "qualified_meeting_booked.json");
        var payload = IngestPayload.Build(sample, 100 * 1024);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = BacklogClients + 1, UseProxy = false, AutomaticDecompression = DecompressionMethods.None };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("x-functions-key", AppEndpoint.ApiKey);
        var drain = await new BacklogDrain(client, payload)
            .RunAsync(backlog, BacklogClients, TimeSpan.FromSeconds(120 + (backlog * 0.5)), cancellationToken, folder, firstId).ConfigureAwait(false);
        Console.Error.WriteLine(FormattableString.Invariant($"  drain: {drain.SessionsPerSecond:F1} sessions/s"));

        await using var app = await AppEndpoint.StartAsync(withPump: true, folder).ConfigureAwait(false);
        var now = WarehouseGenerator.Now;
        var ops = app.Services.GetServices<IScheduledJob>().Single(j => j.Name == "OpsHealth");
        var opsMs = await TimeAsync(runs, () => ops.RunAsync(new JobOccurrence("OpsHealth", now, false), cancellationToken)).ConfigureAwait(false);
        Console.Error.WriteLine(FormattableString.Invariant($"  OpsHealth p50 {opsMs.P50:F0} ms"));
        var executive = app.Services.GetRequiredService<ExecutiveFiguresReader>();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var day = new ReportPeriod(today.AddDays(-1), today.AddDays(-1), now.AddDays(-1), now);
        var executiveMs = await TimeAsync(runs, () => executive.ReadAsync(day, cancellationToken)).ConfigureAwait(false);

        // Half generated sessions (random, so the reads are cold b-tree paths), half the drained ones.
        var random = new Random(7);
        var ids = Enumerable.Range(0, GetRuns)
            .Select(i => sessions > 0 && i % 2 == 0 ? WarehouseGenerator.SessionId(random.Next(sessions)) : SessionIdPool.Id(firstId + random.Next(backlog)))
            .ToList();
        var root = new Uri(app.Endpoint, "/api/");
        var getSession = await TimeGetsAsync(client, ids.Select(id => new Uri(root, "sessions/" + id)), cancellationToken).ConfigureAwait(false);
        var getOutbox = await TimeGetsAsync(client, ids.Select(id => new Uri(root, "outbox?session_id=" + id)), cancellationToken).ConfigureAwait(false);
        return new Measures(drain, opsMs, executiveMs, getSession, getOutbox, MachineInfo.LoadAverage());
    }

    /// <summary>How many bench-NNNN sessions a reused folder already holds, so the next backlog's ids are new.</summary>
    private static int ExistingBenchIds(TempFolder folder)
    {
        var file = DatabaseFile(folder.Path);
        if (!File.Exists(file))
        {
            return 0;
        }

        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM ingested_sessions WHERE session_id >= 'bench-' AND session_id < 'bench.';";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static async Task<Percentiles> TimeAsync(int runs, Func<Task> run)
    {
        await run().ConfigureAwait(false); // warm-up
        var samples = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await run().ConfigureAwait(false);
            samples[i] = clock.Elapsed.TotalMilliseconds;
        }

        return Percentiles.Of(samples);
    }

    private static async Task<Percentiles> TimeGetsAsync(HttpClient client, IEnumerable<Uri> uris, CancellationToken cancellationToken)
    {
        var samples = new List<double>();
        foreach (var uri in uris)
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync(uri, cancellationToken).ConfigureAwait(false);
            _ = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            samples.Add(clock.Elapsed.TotalMilliseconds);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"GET {uri}: HTTP {(int)response.StatusCode}");
            }
        }

        return Percentiles.Of([.. samples]);
    }

    private static void Write(TextWriter report, BenchOptions options, int backlog, Measures zero, Measures n)
    {
        report.WriteLine();
        report.WriteLine(FormattableString.Invariant(
            $"### Measures: empty data folder vs {options.Sessions:N0} sessions, same run ({options.Runs} timed runs after one warm-up; {GetRuns} GETs each; drain of {backlog:N0} sessions POSTed by {BacklogClients} clients with the pump off, then the pump on)"));
        report.WriteLine();
        report.WriteLine($"| measure | empty | {options.Sessions:N0} sessions | ratio |");
        report.WriteLine("|---|---:|---:|---:|");
        report.WriteLine(FormattableString.Invariant($"| drain (sessions/s; {zero.Drain.Analyzed:N0} / {n.Drain.Analyzed:N0} analyzed) | {zero.Drain.SessionsPerSecond:F1} | {n.Drain.SessionsPerSecond:F1} | {n.Drain.SessionsPerSecond / zero.Drain.SessionsPerSecond:F2} |"));
        foreach (var (name, a, b) in new[]
        {
            ("OpsHealth run, all rules (ms)", zero.OpsHealth, n.OpsHealth),
            ("daily executive figures (ms)", zero.Executive, n.Executive),
            ("GET /api/sessions/{id} (ms)", zero.GetSession, n.GetSession),
            ("GET /api/outbox?session_id= (ms)", zero.GetOutbox, n.GetOutbox),
        })
        {
            report.WriteLine(FormattableString.Invariant($"| {name} p50 | {a.P50:F1} | {b.P50:F1} | {b.P50 / a.P50:F2} |"));
            report.WriteLine(FormattableString.Invariant($"| {name} p95 | {a.P95:F1} | {b.P95:F1} | {b.P95 / a.P95:F2} |"));
        }

        report.WriteLine();
        report.WriteLine($"Load average (1/5/15 min) after the empty measures: {zero.Load}; after the {options.Sessions:N0} ones: {n.Load}");
    }

    private sealed record Measures(DrainResult Drain, Percentiles OpsHealth, Percentiles Executive, Percentiles GetSession, Percentiles GetOutbox, string Load);

    private sealed record Percentiles(double P50, double P95)
    {
        public static Percentiles Of(double[] samples)
        {
            Array.Sort(samples);
            return new(At(samples, 0.5), At(samples, 0.95));
        }

        private static double At(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }
}
