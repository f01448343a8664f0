using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using VoiceAnalytics.Bench.Support;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Bench.Warehouse;

/// <summary>
/// <c>warehouse-queries --sessions N [--runs 30] [--reuse]</c>: generates a warehouse of N sessions under
/// bench/.data (kept with --reuse), times every hot read of the ports through the real SQLite adapters, and prints
/// the query plan of every statement they run. Exit code 1 when a statement reads a growing table in full.
/// </summary>
internal static class WarehouseQueryBenchmark
{
    private const int WarmupRuns = 3;

    public static async Task<int> RunAsync(BenchOptions options, TextWriter output)
    {
        // The report goes to stdout and, whole, to bench/.data/warehouse-queries-N.md beside the JSON.
        var folder = Path.Combine(RepoPaths.RepoRoot(), "bench", ".data");
        Directory.CreateDirectory(folder);
        using var report = new StringWriter();
        var exitCode = await RunAsync(options, report, folder).ConfigureAwait(false);
        output.Write(report.ToString());
        await File.WriteAllTextAsync(Path.Combine(folder, $"warehouse-queries-{options.Sessions}.md"), report.ToString()).ConfigureAwait(false);
        return exitCode;
    }

    private static async Task<int> RunAsync(BenchOptions options, TextWriter output, string folder)
    {
        var file = Path.Combine(folder, $"warehouse-{options.Sessions}.db");
        output.WriteLine($"## warehouse-queries: {options.Sessions:N0} sessions");
        output.WriteLine();
        if (!options.Reuse || !File.Exists(file))
        {
            Generate(options.Sessions, file, output);
        }
        else
        {
            output.WriteLine($"- reused {file} ({Size(file)})");
        }

        var database = WarehouseGenerator.Open(file);
        var plans = PrintPlans(database, output);
        var timings = await TimeAsync(database, options.Runs, output).ConfigureAwait(false);
        var ops = await OpsHealthRun.TimeAsync(file, options.Runs).ConfigureAwait(false);
        output.WriteLine();
        output.WriteLine($"### OpsHealth run: every rule evaluated at \"now\", {options.Runs} timed runs after 3 warm-up runs");
        output.WriteLine();
        output.WriteLine($"- all rules: p50 {ops.P50:F1} ms, p95 {ops.P95:F1} ms; per rule p50: {string.Join(", ", ops.Rules.Select(r => $"{r.Rule} {r.P50:F2}"))} ms");
        Write(folder, options.Sessions, timings, plans, ops);
        return plans.Any(p => p.Problems.Count > 0) ? 1 : 0;
    }

    private static void Generate(int sessions, string file, TextWriter output)
    {
        foreach (var stale in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
        {
            File.Delete(stale);
        }

        var clock = Stopwatch.StartNew();
        var templates = ReportTemplates.Load(12);
        var analysisBytes = templates.Average(t => t.Analysis[0].Sum(c => c?.Length ?? 0));
        Console.Error.WriteLine($"{templates.Count} templates analyzed in {clock.Elapsed.TotalSeconds:F1} s (analysis JSON {analysisBytes / 1024:F1} KB per session on average); generating {sessions:N0} sessions");
        clock.Restart();
        new WarehouseGenerator(sessions, templates, Console.Error).Generate(file);
        output.WriteLine($"- generated in {clock.Elapsed.TotalSeconds:F0} s ({sessions / clock.Elapsed.TotalSeconds:N0} sessions/s); file {Size(file)}; templates: {templates.Count} calls of shared/data/calls, analysis JSON {analysisBytes / 1024:F1} KB per session");
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly");
        connection.Open();
        foreach (var table in new[] { "sessions", "metrics", "analysis_results", "alerts_history", "ingested_sessions", "leads" })
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM {table};";
            output.WriteLine($"  - {table}: {count.ExecuteScalar():N0} rows");
        }
    }

    private static List<PlanResult> PrintPlans(SqliteDatabase database, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("### Query plans (EXPLAIN QUERY PLAN)");
        output.WriteLine();
        var statements = WarehouseReadStatements.All
            .Append(("activity.LatestReceived", SqliteSessionActivity.LatestReceivedSql))
            .Append(("activity.Failures", SqliteSessionActivity.FailuresSql));
        using var connection = database.Open();
        var results = new List<PlanResult>();
        foreach (var (name, sql) in statements)
        {
            var plan = SqliteQueryPlan.Explain(connection, sql);
            var scans = SqliteQueryPlan.Problems(sql, plan);
            results.Add(new PlanResult(name, plan, scans));
            output.WriteLine($"- `{name}`{(scans.Count > 0 ? $" **{string.Join(", ", scans)}**" : "")}");
            output.WriteLine("  ```");
            foreach (var line in plan)
            {
                output.WriteLine("  " + line);
            }

            output.WriteLine("  ```");
        }

        var failing = results.Where(r => r.Problems.Count > 0).Select(r => r.Name).ToList();
        output.WriteLine();
        output.WriteLine(failing.Count == 0 ? "No statement scans a growing table in full; every window is an index range." : $"FAIL: plans that grow with the table: {string.Join(", ", failing)}");
        return results;
    }

    private static async Task<List<Timing>> TimeAsync(SqliteDatabase database, int runs, TextWriter output)
    {
        var (emails, industry, agent, openAlert) = Inputs(database);
        var queries = HotQueries.All(database, emails, industry, agent, openAlert);
        output.WriteLine();
        output.WriteLine($"### Timings: {WarmupRuns} warm-up runs, then {runs} timed runs per query (ms)");
        output.WriteLine();
        output.WriteLine("| port | call | window | result | p50 | p95 | max | under 1 s (day or less) |");
        output.WriteLine("|---|---|---|---:|---:|---:|---:|---|");
        var timings = new List<Timing>();
        foreach (var query in queries)
        {
            var rows = 0;
            for (var i = 0; i < WarmupRuns; i++)
            {
                rows = await query.Run(i).ConfigureAwait(false);
            }

            var samples = new double[runs];
            for (var i = 0; i < runs; i++)
            {
                var clock = Stopwatch.StartNew();
                await query.Run(i).ConfigureAwait(false);
                samples[i] = clock.Elapsed.TotalMilliseconds;
            }

            Array.Sort(samples);
            var timing = new Timing(query.Port, query.Call, query.Window, rows, At(samples, 0.5), At(samples, 0.95), samples[^1], query.DayOrLess);
            timings.Add(timing);
            var verdict = !query.DayOrLess ? "n/a" : timing.P95 < 1000 ? "yes" : "**no**";
            output.WriteLine($"| {timing.Port} | {timing.Call} | {timing.Window} | {rows:N0} | {timing.P50:F2} | {timing.P95:F2} | {timing.Max:F2} | {verdict} |");
            Console.Error.WriteLine($"  {query.Port}.{query.Call} {query.Window}: p50 {timing.P50:F1} ms");
        }

        return timings;
    }

    /// <summary>Inputs that make the reads find something: returning users, a common industry, the newest agent version, an open alert.</summary>
    private static (IReadOnlyList<string> Emails, string Industry, string Agent, string OpenAlert) Inputs(SqliteDatabase database)
    {
        using var connection = database.Open();
        string? Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return command.ExecuteScalar() as string;
        }

        var emails = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT email FROM leads WHERE total_calls > 1 ORDER BY last_call_date DESC LIMIT 100;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                emails.Add(reader.GetString(0));
            }
        }

        return (
            emails.Count > 0 ? emails : ["nobody@example.com"],
            ReportTemplates.Industries[0],
            Scalar("SELECT agent_version FROM sessions WHERE start_time = (SELECT MAX(start_time) FROM sessions);") ?? "agent-1.0.0",
            Scalar("SELECT alert_name FROM alerts_history WHERE session_id IS NULL AND resolved_at IS NULL AND alert_type <> 'resolution' LIMIT 1;") ?? "latency_high");
    }

    private static double At(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string Size(string file) => $"{new FileInfo(file).Length / 1e6:N0} MB";

    private static void Write(string folder, int sessions, List<Timing> timings, List<PlanResult> plans, (double P50, double P95, IReadOnlyList<(string Rule, double P50)> Rules) ops)
    {
        var opsHealth = new { p50 = ops.P50, p95 = ops.P95, rules = ops.Rules.ToDictionary(r => r.Rule, r => r.P50) };
        var json = JsonSerializer.Serialize(new { sessions, machine = MachineInfo.LoadAverage(), timings, plans, opsHealth }, new JsonSerializerOptions { WriteIndented = true });
        File.WriteAllText(Path.Combine(folder, $"warehouse-queries-{sessions}.json"), json);
    }

    private sealed record Timing(string Port, string Call, string Window, int Rows, double P50, double P95, double Max, bool DayOrLess);

    private sealed record PlanResult(string Name, IReadOnlyList<string> Plan, IReadOnlyList<string> Problems);
}
