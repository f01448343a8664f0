using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using VoiceAnalytics.Bench.EndToEnd;
using VoiceAnalytics.Bench.Ingest;
using VoiceAnalytics.Bench.Support;

namespace VoiceAnalytics.Bench.Size;

/// <summary>
/// <c>size</c>: bytes per session in the embedded database, per table. The real app on a fresh folder (every sink
/// unconfigured, so to the outbox) receives the 30 dev calls four times (each copy with its own session id) plus the
/// three samples and the first 20 calls of <c>corpus/calls/tune</c> (143 sessions), analyzes them all, and stops;
/// then python3's sqlite3 (the bundled e_sqlite3 has no <c>dbstat</c>) sums the pages of each table and index.
/// </summary>
internal static class SizeBenchmark
{
    private const int DevRepeats = 4;
    private const int CorpusCalls = 20;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        using var folder = new TempFolder();
        var bodies = Bodies();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("x-functions-key", AppEndpoint.ApiKey);
        var clock = Stopwatch.StartNew();
        await using (var app = await AppEndpoint.StartAsync(withPump: true, folder).ConfigureAwait(false))
        {
            foreach (var (id, body) in bodies)
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new("application/json");
                using var response = await client.PostAsync(app.Endpoint, content, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    throw new InvalidOperationException($"POST {id}: HTTP {(int)response.StatusCode}");
                }
            }

            var statuses = new SessionStatusClient(client, app.Endpoint);
            foreach (var (id, _) in bodies)
            {
                SessionStatus status;
                while (!(status = await statuses.GetAsync(id, cancellationToken).ConfigureAwait(false)).IsFinal)
                {
                    if (clock.Elapsed > Timeout)
                    {
                        throw new TimeoutException($"{id} was not analyzed within {Timeout}.");
                    }

                    await Task.Delay(50, cancellationToken).ConfigureAwait(false);
                }

                if (status.Status != SessionStatus.Analyzed)
                {
                    throw new InvalidOperationException($"{id} ended {status.Status}.");
                }
            }
        }

        await Console.Error.WriteLineAsync($"size: {bodies.Count} sessions analyzed in {clock.Elapsed.TotalSeconds:F1} s").ConfigureAwait(false);
        var file = Path.Combine(folder.Path, "voice-analytics.db");
        // Kept for a closer look (git-ignored), e.g. with python3's sqlite3 and dbstat.
        var kept = Path.Combine(RepoPaths.RepoRoot(), "bench", ".data", "size-last.db");
        Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
        File.Copy(file, kept, overwrite: true);
        output.WriteLine($"## size: {bodies.Count} sessions (30 dev calls x{DevRepeats}, 3 samples, {CorpusCalls} corpus calls), KB per session");
        output.WriteLine();
        output.WriteLine("| table (with its indexes) | KB per session |");
        output.WriteLine("|---|---:|");
        var rows = await DbstatAsync(file, cancellationToken).ConfigureAwait(false);
        foreach (var (table, bytes) in rows.Where(r => !r.Key.StartsWith(' ')).OrderByDescending(r => r.Value))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{table}` | {bytes / 1000.0 / bodies.Count:F1} |"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **whole file** | **{new FileInfo(file).Length / 1000.0 / bodies.Count:F1}** |"));
        output.WriteLine();
        output.WriteLine("| column (stored bytes, before page overhead) | KB per session |");
        output.WriteLine("|---|---:|");
        foreach (var (column, bytes) in rows.Where(r => r.Key.StartsWith(' ')).OrderByDescending(r => r.Value))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{column.Trim()}` | {bytes / 1000.0 / bodies.Count:F2} |"));
        }

        output.WriteLine();
    }

    /// <summary>The request bodies, each with a session id of its own.</summary>
    private static List<(string Id, byte[] Body)> Bodies()
    {
        var calls = Path.Combine(RepoPaths.SharedData(), "calls");
        var dev = Directory.GetFiles(calls, "dev-*.json").Where(f => !f.EndsWith(".labels.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var others = Directory.GetFiles(RepoPaths.Samples(), "*.json").Order(StringComparer.Ordinal)
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.RepoRoot(), "corpus", "calls", "tune"), "*.json")
                .Where(f => !f.EndsWith(".labels.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Take(CorpusCalls));
        var bodies = new List<(string, byte[])>();
        for (var copy = 0; copy < DevRepeats; copy++)
        {
            bodies.AddRange(dev.Select(f => WithId(f, copy)));
        }

        bodies.AddRange(others.Select(f => WithId(f, 0)));
        return bodies;
    }

    private static (string, byte[]) WithId(string file, int copy)
    {
        var root = JsonNode.Parse(File.ReadAllBytes(file))!.AsObject();
        var id = $"{root["session_id"]!.GetValue<string>()}-size{copy}";
        root["session_id"] = id;
        return (id, JsonSerializer.SerializeToUtf8Bytes(root));
    }

    // Checkpoints first (the app stopped, so the WAL is folded in), then each table with its indexes (and an FTS
    // table with its shadow tables) by name prefix.
    private const string Script = """
        import sqlite3, sys
        c = sqlite3.connect(sys.argv[1])
        c.execute('PRAGMA wal_checkpoint(TRUNCATE)')
        owner = {}
        for kind, name, table in c.execute("SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')"):
            owner[name] = table
        sizes = {}
        for name, size in c.execute('SELECT name, SUM(pgsize) FROM dbstat GROUP BY name'):
            table = owner.get(name, name)
            for base in ('transcripts_fts',):
                if table.startswith(base):
                    table = base
            sizes[table] = sizes.get(table, 0) + size
        for table, size in sizes.items():
            print(f'{table}\t{size}')
        n = c.execute('SELECT COUNT(*) FROM ingested_sessions').fetchone()[0]
        for table, column in [('ingested_sessions', 'report_json'), ('outbox', 'payload'), ('transcripts', 'transcript_json')] + [
                ('analysis_results', r[1]) for r in c.execute("SELECT * FROM pragma_table_info('analysis_results')") if r[2] in ('TEXT', '', 'BLOB') and r[1] not in ('session_id', 'analyzed_at', 'analyzer_version')]:
            total = c.execute(f'SELECT COALESCE(SUM(length(CAST({column} AS BLOB))), 0) FROM {table}').fetchone()[0]
            print(f'  {table}.{column}\t{total}')
        """;

    private static async Task<Dictionary<string, long>> DbstatAsync(string file, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(file);
        using var python = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        var text = await python.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        await python.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (python.ExitCode != 0)
        {
            throw new InvalidOperationException($"python3 dbstat exited {python.ExitCode}.");
        }

        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('\t'))
            .ToDictionary(p => p[0], p => long.Parse(p[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }
}
