using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VoiceAnalytics.Bench.Ingest;
using VoiceAnalytics.Bench.Support;
using VoiceAnalytics.Bench.Warehouse;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse.Sqlite;
using VoiceAnalytics.LocalHost.Hosting;

namespace VoiceAnalytics.Bench.Dashboard;

/// <summary>
/// <c>dashboard [--sessions 1000000] [--runs 20] [--reuse]</c>: generates N sessions into the embedded warehouse
/// (the scale generator's year of calls, bench/.data/dashboard-N, kept; --reuse measures it again), builds the
/// dashboard rollups as the app's first start does (timed), then starts the local host with its clock at the
/// generator's "now" and times every <c>GET /api/dashboard/*</c> route the host maps (LocalRoutes.HttpFunctions)
/// for each range, without and with filters: p50 and p95 per route and range.
/// </summary>
internal static class DashboardBenchmark
{
    private static readonly string[] Ranges = ["today", "yesterday", "7d", "30d"];

    public static async Task<int> RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(RepoPaths.RepoRoot(), "bench", ".data", $"dashboard-{options.Sessions}");
        var file = Path.Combine(folder, "voice-analytics.db");
        using var report = new StringWriter(CultureInfo.InvariantCulture);
        report.WriteLine($"## dashboard: {options.Sessions:N0} sessions in the embedded warehouse");
        report.WriteLine();
        var generated = !options.Reuse || !File.Exists(file);
        if (generated)
        {
            await GenerateAsync(options.Sessions, folder, file, report, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            report.WriteLine(FormattableString.Invariant($"- reused {file} ({new FileInfo(file).Length / 1e6:N0} MB)"));
        }

        BuildFigureRollup(file, report);
        await BuildListRollupAsync(file, generated, report, cancellationToken).ConfigureAwait(false);
        var synthesized = SyntheticSearches.AddWhenMissing(file);
        report.WriteLine(FormattableString.Invariant(
            $"- knowledge-panel rollup rows synthesized (the generator writes no transcripts, so no tool calls): {synthesized:N0} (0 when the file has them)"));
        RollupSizes(file, options.Sessions, report);
        var problems = await MeasureAsync(folder, options.Runs, report, cancellationToken).ConfigureAwait(false);
        report.WriteLine();
        report.WriteLine($"Load average at the end (1/5/15 min): {MachineInfo.LoadAverage()}");
        output.Write(report.ToString());
        await File.WriteAllTextAsync(Path.Combine(folder, "..", $"dashboard-{options.Sessions}.md"), report.ToString(), cancellationToken).ConfigureAwait(false);
        return problems;
    }

    private static async Task GenerateAsync(int sessions, string folder, string file, TextWriter report, CancellationToken cancellationToken)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var clock = Stopwatch.StartNew();
        var templates = ReportTemplates.Load(12);
        // The app creates its file (every schema of the host), then stops: the generator only adds rows.
        await (await AppEndpoint.StartAsync(withPump: false, new TempFolder(folder)).ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        Console.Error.WriteLine($"{templates.Count} templates analyzed in {clock.Elapsed.TotalSeconds:F0} s; generating {sessions:N0} sessions");
        clock.Restart();
        new WarehouseGenerator(sessions, templates, Console.Error).Generate(file);
        var generated = clock.Elapsed.TotalSeconds;
        SqliteConnection.ClearAllPools();
        var bytes = new FileInfo(file).Length;
        report.WriteLine(FormattableString.Invariant(
            $"- generated in {generated:F0} s ({sessions / Math.Max(generated, 0.001):N0} sessions/s); file {bytes / 1e6:N0} MB ({(sessions == 0 ? 0 : bytes / 1024.0 / sessions):F1} KB per session)"));
    }

    /// <summary>
    /// The figures' rollup, built to its end before anything is timed, the way an older file gets it after start
    /// (the host would otherwise build it in the background while the routes are timed). The generator writes rows
    /// directly, so a new file needs it all; a reused file only what an interrupted run left (nothing when complete).
    /// </summary>
    private static void BuildFigureRollup(string file, TextWriter report)
    {
        Console.Error.WriteLine("building the dashboard figures' rollup (the one-time step after start)");
        var clock = Stopwatch.StartNew();
        long built;
        // Opening with the schema runs its migration: the day table summed from the hours, when a file has none yet.
        using (var connection = new SqliteDatabase(file, [new DashboardRollupSchema()]).Open())
        {
            built = new DashboardRollupBackfill(connection, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance).Run();
        }

        var backfill = clock.Elapsed.TotalSeconds;
        SqliteConnection.ClearAllPools();
        report.WriteLine(FormattableString.Invariant(
            $"- figures' rollup: {built:N0} sessions rolled up in {backfill:F0} s ({built / Math.Max(backfill, 0.001):N0} sessions/s; 0 when a reused file had it)"));
    }

    /// <summary>
    /// The ranked lists' rollup, built to its end before anything is timed: the host would otherwise build it in the
    /// background while the list routes are timed (a no-op when a reused file has it already).
    /// </summary>
    private static async Task BuildListRollupAsync(string file, bool generated, TextWriter report, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine("building the ranked lists' rollup (the other one-time start step)");
        var clock = Stopwatch.StartNew();
        // Opening with the warehouse schema runs its migration: the lists' day table summed from its hours when new.
        var database = new SqliteDatabase(file, [new WarehouseSchema()]);
        // The app that created the file found no sessions and marked the backfill done; the generator added them since.
        // A reused file keeps its state: done, or where an interrupted run stopped.
        if (generated)
        {
            using var connection = database.Open();
            using var reset = connection.CreateCommand();
            reset.CommandText = "DELETE FROM dashboard_items_backfill;";
            reset.ExecuteNonQuery();
        }

        var counted = await new DashboardItemsBackfill(database, new SqliteWarehouseExport(database), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<DashboardItemsBackfill>.Instance)
            .RunAsync(cancellationToken).ConfigureAwait(false);
        SqliteConnection.ClearAllPools();
        report.WriteLine(FormattableString.Invariant(
            $"- ranked lists' rollup: {counted:N0} sessions counted in {clock.Elapsed.TotalSeconds:F0} s ({counted / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0} sessions/s; 0 when a reused file had it)"));
    }

    private static void RollupSizes(string file, int sessions, TextWriter report)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        foreach (var table in new[] { "dashboard_hours", "dashboard_days", "dashboard_session_facts", "dashboard_cost_hours", "dashboard_session_costs", "dashboard_item_hours", "dashboard_item_days", "dashboard_session_items" })
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table};";
            command.CommandTimeout = 0;
            var rows = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            // dbstat (https://www.sqlite.org/dbstat.html) is not in every SQLite build: the size is then left out.
            string size;
            try
            {
                command.CommandText = $"SELECT SUM(pgsize) FROM dbstat WHERE name = '{table}';";
                var bytes = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
                size = FormattableString.Invariant($"{bytes / 1e6:N1} MB ({(sessions == 0 ? 0 : bytes / (double)sessions):F0} bytes per session)");
            }
            catch (SqliteException)
            {
                size = "size unknown (no dbstat)";
            }

            report.WriteLine(FormattableString.Invariant($"- {table}: {rows:N0} rows, {size}"));
        }
    }

    private static async Task<int> MeasureAsync(string folder, int runs, TextWriter report, CancellationToken cancellationToken)
    {
        var now = WarehouseGenerator.Now;
        var app = VoiceAnalyticsHost.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Path"] = folder,
                ["Ingest:ApiKey"] = AppEndpoint.ApiKey,
                ["Timers:TimeZone"] = "UTC",
            });
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton<TimeProvider>(new FixedClock(now));
            foreach (var pump in builder.Services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(LocalQueuePump)).ToList())
            {
                builder.Services.Remove(pump);
            }
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(BareKestrelEndpoint.BoundAddress(app)), Timeout = TimeSpan.FromMinutes(2) };
            client.DefaultRequestHeaders.Add("x-functions-key", AppEndpoint.ApiKey);
            var routes = LocalRoutes.HttpFunctions()
                .Select(f => f.Trigger)
                .Where(t => t.Route is { } route && route.StartsWith("dashboard/", StringComparison.Ordinal) && !route.Contains('{', StringComparison.Ordinal)
                    && t.Methods is { } methods && methods.Contains("get", StringComparer.OrdinalIgnoreCase))
                .Select(t => t.Route!)
                .Order(StringComparer.Ordinal)
                .ToList();
            string[] filters = ["", "&tier=1", "&industry=legal", "&agent_version=agent-1.8.0&sentiment=positive"];
            report.WriteLine();
            report.WriteLine(FormattableString.Invariant(
                $"### GET /api/dashboard/* at now = {now:yyyy-MM-dd HH:mm}Z ({runs} timed requests per route, range and filter set after one warm-up; filter sets: none, tier=1, industry=legal, agent_version+sentiment; p50/p95 over all of them)"));
            report.WriteLine();
            report.WriteLine("| route | range | p50 ms | p95 ms | max ms |");
            report.WriteLine("|---|---|---:|---:|---:|");
            var over = 0;
            foreach (var route in routes)
            {
                foreach (var range in Ranges)
                {
                    var samples = new List<double>();
                    foreach (var filter in filters)
                    {
                        var uri = new Uri($"/api/{route}?range={range}{filter}{RouteParameters(route)}", UriKind.Relative);
                        await GetAsync(client, uri, cancellationToken).ConfigureAwait(false);
                        for (var i = 0; i < runs; i++)
                        {
                            samples.Add(await GetAsync(client, uri, cancellationToken).ConfigureAwait(false));
                        }
                    }

                    samples.Sort();
                    var p95 = At(samples, 0.95);
                    over += p95 >= 300 ? 1 : 0;
                    report.WriteLine(FormattableString.Invariant($"| /api/{route} | {range} | {At(samples, 0.5):F1} | {p95:F1} | {samples[^1]:F1} |"));
                    Console.Error.WriteLine(FormattableString.Invariant($"  /api/{route} {range}: p95 {p95:F1} ms"));
                }
            }

            report.WriteLine();
            report.WriteLine(over == 0 ? "Every route and range: p95 under 300 ms." : $"{over} route/range pairs at or over 300 ms p95.");
            return over;
        }
        finally
        {
            await app.StopAsync(cancellationToken).ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
            SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>What a route needs besides the filters: the drill-down lists the sessions behind one widget entry.</summary>
    private static string RouteParameters(string route) => route == "dashboard/sessions" ? "&kind=industry&value=legal" : "";

    private static async Task<double> GetAsync(HttpClient client, Uri uri, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(uri, cancellationToken).ConfigureAwait(false);
        _ = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var ms = clock.Elapsed.TotalMilliseconds;
        return response.StatusCode == HttpStatusCode.OK ? ms : throw new InvalidOperationException($"GET {uri}: HTTP {(int)response.StatusCode}");
    }

    private static double At(List<double> sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];

    /// <summary>The generated year ends at <see cref="WarehouseGenerator.Now"/>: the host reads "today" there.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
