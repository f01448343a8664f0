using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VoiceAnalytics.Bench.Support;
using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Ingest;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.LocalHost.Hosting;

namespace VoiceAnalytics.Bench.Drain;

/// <summary>
/// Where a drained session's time goes (issue 13): the real app's services without HTTP or the background pump,
/// <c>--sessions</c> sessions accepted through the real intake, then drained by <c>SessionQueueProcessor</c> on one
/// thread; every storage port is timed (<see cref="PortTimings"/>). Also the database's bytes per session by table
/// (used pages, and the stored bytes of the big columns). Every sink writes to the outbox (nothing is configured).
/// </summary>
public static class DrainProfile
{
    private const int Warmup = 20;

    public static async Task RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        using var folder = new TempFolder();
        var timings = new PortTimings();
        var app = VoiceAnalyticsHost.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Path"] = folder.Path, ["Ingest:ApiKey"] = "bench-key" });
            builder.Logging.ClearProviders();
            foreach (var pump in builder.Services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(LocalQueuePump)).ToList())
            {
                builder.Services.Remove(pump);
            }

            timings.Wrap<ISessionQueue>(builder.Services);
            timings.Wrap<ISessionStore>(builder.Services);
            timings.Wrap<ICheckpointStore>(builder.Services);
            timings.Wrap<ILeadHistory>(builder.Services);
            timings.Wrap<IDeliveryLedger>(builder.Services);
            timings.Wrap<IOutbox>(builder.Services);
            timings.Wrap<IWarehouseWriter>(builder.Services);
            timings.Wrap<IAlertHistory>(builder.Services);
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var template = JsonNode.Parse(File.ReadAllBytes(Path.Combine(RepoPaths.Samples(), "qualified_meeting_booked.json")))!.AsObject();
            var ingestor = app.Services.GetRequiredService<SessionIngestor>();
            var total = options.Sessions + Warmup;
            for (var i = 0; i < total; i++)
            {
                template["session_id"] = string.Create(CultureInfo.InvariantCulture, $"drain-{i:D7}");
                template["user_email"] = string.Create(CultureInfo.InvariantCulture, $"caller{i % 500}@example.com");
                _ = await ingestor.IngestAsync(Encoding.UTF8.GetBytes(template.ToJsonString()), cancellationToken).ConfigureAwait(false);
            }

            var processor = app.Services.GetRequiredService<SessionQueueProcessor>();
            for (var i = 0; i < Warmup; i++)
            {
                _ = await processor.ProcessNextAsync(cancellationToken).ConfigureAwait(false);
            }

            var before = timings.Calls.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
            var cpu = CpuAndAllocations.Start();
            var started = Stopwatch.GetTimestamp();
            var drained = 0;
            while (await processor.ProcessNextAsync(cancellationToken).ConfigureAwait(false))
            {
                drained++;
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            var (cpuTime, allocated) = cpu.Stop();
            var database = app.Services.GetRequiredService<SqliteDatabase>();
            WriteDeliveries(output, database);
            Write(output, drained, elapsed, Delta(timings.Calls, before), TableBytes(database), total);
            output.WriteLine(FormattableString.Invariant($"CPU of the whole process while draining (every thread, GC included): **{cpuTime.TotalMilliseconds / drained:F2} ms per session**; allocated: **{allocated / 1024.0 / drained:F0} KB per session** (`GC.GetTotalAllocatedBytes`)."));
            output.WriteLine();
        }
        finally
        {
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
            SqliteConnection.ClearAllPools();
        }
    }

    private static Dictionary<string, (long Calls, long Ticks)> Delta(IReadOnlyDictionary<string, (long Calls, long Ticks)> after, Dictionary<string, (long Calls, long Ticks)> before) =>
        after.ToDictionary(
            a => a.Key,
            a => before.TryGetValue(a.Key, out var b) ? (a.Value.Calls - b.Calls, a.Value.Ticks - b.Ticks) : a.Value,
            StringComparer.Ordinal);

    // The bundled SQLite has no dbstat: the used pages of the whole file, and the stored bytes of the big columns.
    private static readonly string[] Columns =
    [
        "ingested_bodies.body", "ingested_sessions.report_json", "analyzer_checkpoints.result_json", "analysis_results.*",
        "transcripts.transcript_json", "transcripts.transcript_text", "outbox.payload", "alerts_history.context",
    ];

    private static List<(string Table, long Bytes)> TableBytes(SqliteDatabase database)
    {
        using var connection = database.Open();
        var sizes = new List<(string, long)>
        {
            ("whole file: used pages (page_count - freelist_count) x page_size", Scalar(connection, "SELECT (page_count - freelist_count) * page_size FROM pragma_page_count, pragma_freelist_count, pragma_page_size;")),
        };
        foreach (var column in Columns)
        {
            var (table, name) = (column[..column.IndexOf('.', StringComparison.Ordinal)], column[(column.IndexOf('.', StringComparison.Ordinal) + 1)..]);
            var expression = name == "*"
                ? string.Join(" + ", ColumnNames(connection, table).Select(c => $"COALESCE(LENGTH(CAST({c} AS BLOB)), 0)"))
                : $"LENGTH(CAST({name} AS BLOB))";
            sizes.Add(($"`{column}` bytes stored", Scalar(connection, $"SELECT COALESCE(SUM({expression}), 0) FROM {table};")));
        }

        return sizes;
    }

    /// <summary>The ledger's outcomes, so a fast drain that failed its deliveries shows.</summary>
    private static void WriteDeliveries(TextWriter output, SqliteDatabase database)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sink, status, COUNT(*), MAX(last_error) FROM deliveries GROUP BY sink, status ORDER BY sink, status;";
        using var reader = command.ExecuteReader();
        output.Write("Deliveries:");
        while (reader.Read())
        {
            output.Write(FormattableString.Invariant($" {reader.GetString(0)} {reader.GetString(1)} {reader.GetInt64(2)}{(reader.IsDBNull(3) ? "" : " (" + reader.GetString(3) + ")")};"));
        }

        output.WriteLine();
        output.WriteLine();
    }

    private static List<string> ColumnNames(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}');";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Write(TextWriter output, int drained, TimeSpan elapsed, Dictionary<string, (long Calls, long Ticks)> calls, List<(string Table, long Bytes)> tables, int sessionsInDatabase)
    {
        var wallMs = elapsed.TotalMilliseconds;
        output.WriteLine("## drain-profile: where a drained session's time goes (one worker, sinks to the outbox)");
        output.WriteLine();
        output.WriteLine(FormattableString.Invariant($"{drained} sessions in {elapsed.TotalSeconds:F2} s: **{drained / elapsed.TotalSeconds:F1} sessions/s**, {wallMs / drained:F2} ms per session."));
        output.WriteLine();
        output.WriteLine("| port call | calls per session | ms per session | share of the session |");
        output.WriteLine("|---|---:|---:|---:|");
        double portMs = 0;
        foreach (var (name, (count, ticks)) in calls.Where(c => c.Value.Calls > 0).OrderByDescending(c => c.Value.Ticks))
        {
            var ms = ticks * 1000.0 / Stopwatch.Frequency / drained;
            portMs += ms;
            output.WriteLine(FormattableString.Invariant($"| {name} | {(double)count / drained:F1} | {ms:F3} | {ms / (wallMs / drained):P0} |"));
        }

        var rest = (wallMs / drained) - portMs;
        output.WriteLine(FormattableString.Invariant($"| (everything else: analyzers, parsing, report, mapping) | | {rest:F3} | {rest / (wallMs / drained):P0} |"));
        output.WriteLine();
        output.WriteLine(FormattableString.Invariant($"Database KB per session ({sessionsInDatabase} sessions; the bundled SQLite has no `dbstat`):"));
        output.WriteLine();
        output.WriteLine("| what | KB per session |");
        output.WriteLine("|---|---:|");
        foreach (var (table, bytes) in tables)
        {
            output.WriteLine(FormattableString.Invariant($"| {table} | {bytes / 1024.0 / sessionsInDatabase:F2} |"));
        }
        output.WriteLine();
    }
}
