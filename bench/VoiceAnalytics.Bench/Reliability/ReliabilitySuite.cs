using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using VoiceAnalytics.Bench.Support;

namespace VoiceAnalytics.Bench.Reliability;

/// <summary>
/// <c>reliability</c>: what a careless client, a crash and a full disk do to the local host, each scenario printing
/// what was sent, what was accepted, and whether anything accepted was lost or analyzed twice. The host runs as its
/// own process (VoiceAnalytics.LocalHost) so it can be killed. Exit code 1 when a scenario finds a fault.
/// </summary>
public static class ReliabilitySuite
{
    private static readonly TimeSpan FinalWait = TimeSpan.FromMinutes(3);

    public static async Task<int> RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var sample = Path.Combine(RepoPaths.Samples(), "qualified_meeting_booked.json");
        var faults = 0;
        faults += await MalformedAsync(sample, output, cancellationToken).ConfigureAwait(false);
        faults += await DuplicatesAsync(sample, output, cancellationToken).ConfigureAwait(false);
        faults += await LoadAsync(sample, options.Sessions, output, cancellationToken).ConfigureAwait(false);
        faults += await KillMidLoadAsync(sample, output, cancellationToken).ConfigureAwait(false);
        faults += await FullDiskAsync(sample, output, cancellationToken).ConfigureAwait(false);
        output.WriteLine($"**Faults found: {faults}**");
        return faults == 0 ? 0 : 1;
    }

    private static async Task<int> MalformedAsync(string sample, TextWriter output, CancellationToken cancellationToken)
    {
        using var folder = new TempFolder();
        using var host = await LocalHostProcess.StartAsync(folder.Path, cancellationToken).ConfigureAwait(false);
        using var client = Client(host);
        var probes = MalformedBodies.Build(sample);
        var answers = new List<(Probe Probe, int Status, string? SessionId)>();
        foreach (var probe in probes)
        {
            using var content = new ByteArrayContent(probe.Body);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(probe.ContentType);
            using var response = await client.PostAsync("/api/sessions", content, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            answers.Add((probe, (int)response.StatusCode, response.StatusCode == HttpStatusCode.Accepted ? SessionIdOf(body) : null));
        }

        var finals = await WaitFinalAsync(client, [.. answers.Where(a => a.SessionId is not null).Select(a => a.SessionId!)], cancellationToken).ConfigureAwait(false);
        output.WriteLine("## Malformed and unusual bodies");
        output.WriteLine();
        output.WriteLine("| body | HTTP | expected | final state |");
        output.WriteLine("|---|---:|---|---|");
        var faults = 0;
        foreach (var (probe, status, id) in answers)
        {
            var final = id is null ? "-" : finals[id];
            var expected = probe.ShouldAccept switch { true => "202", false => "4xx", null => "202 or 4xx" };
            var fault = status >= 500
                || (probe.ShouldAccept == true && status != 202)
                || (probe.ShouldAccept == false && status == 202)
                || (id is not null && final != "analyzed");
            faults += fault ? 1 : 0;
            output.WriteLine($"| {probe.Name} | {status} | {expected} | {final}{(fault ? " **fault**" : "")} |");
        }

        output.WriteLine();
        output.WriteLine($"{probes.Count} bodies sent, {answers.Count(a => a.Status == 202)} accepted, {answers.Count(a => a.Status is >= 400 and < 500)} refused with 4xx, {answers.Count(a => a.Status >= 500)} answered 5xx, {finals.Values.Count(s => s != "analyzed")} accepted but not analyzed. Faults: {faults}.");
        output.WriteLine();
        return faults;
    }

    private static async Task<int> DuplicatesAsync(string sample, TextWriter output, CancellationToken cancellationToken)
    {
        using var folder = new TempFolder();
        using var host = await LocalHostProcess.StartAsync(folder.Path, cancellationToken).ConfigureAwait(false);
        using var client = Client(host);
        var body = WithId(sample, "rel-dup-1");
        var statuses = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            using var content = Json(body);
            using var response = await client.PostAsync("/api/sessions", content, cancellationToken).ConfigureAwait(false);
            return (int)response.StatusCode;
        })).ConfigureAwait(false);
        var final = (await WaitFinalAsync(client, ["rel-dup-1"], cancellationToken).ConfigureAwait(false))["rel-dup-1"];
        await Task.Delay(500, cancellationToken).ConfigureAwait(false);
        var rows = CountRows(folder.Path, "SELECT COUNT(*) FROM sessions WHERE session_id = 'rel-dup-1'");
        var maxAttempts = CountRows(folder.Path, "SELECT COALESCE(MAX(attempts), 0) FROM deliveries WHERE session_id = 'rel-dup-1'");
        var faults = (statuses.Any(s => s != 202) ? 1 : 0) + (final != "analyzed" ? 1 : 0) + (rows != 1 ? 1 : 0) + (maxAttempts != 1 ? 1 : 0);
        output.WriteLine("## 50 concurrent POSTs of one body");
        output.WriteLine();
        output.WriteLine($"Answers: {string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Count()} x {g.Key}"))}; final state {final}; warehouse rows for the session: {rows}; most delivery attempts of any sink: {maxAttempts}. Faults: {faults}.");
        output.WriteLine();
        return faults;
    }

    private static async Task<int> LoadAsync(string sample, int sessions, TextWriter output, CancellationToken cancellationToken)
    {
        using var folder = new TempFolder();
        using var host = await LocalHostProcess.StartAsync(folder.Path, cancellationToken).ConfigureAwait(false);
        using var client = Client(host);
        var ids = Enumerable.Range(0, sessions).Select(i => $"rel-load-{i:D5}").ToList();
        var clock = Stopwatch.StartNew();
        var accepted = await PostAllAsync(client, sample, ids, concurrency: 32, cancellationToken).ConfigureAwait(false);
        var posted = clock.Elapsed;
        var finals = await WaitFinalAsync(client, [.. accepted], cancellationToken).ConfigureAwait(false);
        var rows = CountRows(folder.Path, "SELECT COUNT(*) FROM sessions WHERE session_id LIKE 'rel-load-%'");
        var analyzed = finals.Values.Count(s => s == "analyzed");
        var faults = (accepted.Count != sessions ? 1 : 0) + (analyzed != accepted.Count ? 1 : 0) + (rows != analyzed ? 1 : 0);
        output.WriteLine($"## Load: {sessions} sessions at concurrency 32");
        output.WriteLine();
        output.WriteLine($"Accepted {accepted.Count} of {sessions} in {posted.TotalSeconds:F1} s; all final after {clock.Elapsed.TotalSeconds:F1} s: {analyzed} analyzed, {finals.Values.Count(s => s == "failed")} failed, {finals.Values.Count(s => s is not ("analyzed" or "failed"))} not final; warehouse rows {rows}. Faults: {faults}.");
        output.WriteLine();
        return faults;
    }

    private static async Task<int> KillMidLoadAsync(string sample, TextWriter output, CancellationToken cancellationToken)
    {
        using var folder = new TempFolder();
        var ids = Enumerable.Range(0, 600).Select(i => $"rel-kill-{i:D4}").ToList();
        var acceptedBeforeKill = new ConcurrentBag<string>();
        var first = await LocalHostProcess.StartAsync(folder.Path, cancellationToken).ConfigureAwait(false);
        using (var client = Client(first))
        {
            using var killAt = new CancellationTokenSource();
            var posting = PostAllAsync(client, sample, ids, concurrency: 16, killAt.Token, acceptedBeforeKill);
            while (acceptedBeforeKill.Count < 200 && !posting.IsCompleted)
            {
                await Task.Delay(5, cancellationToken).ConfigureAwait(false);
            }

            first.Kill(); // SIGKILL with POSTs in flight and sessions mid-analysis
            await killAt.CancelAsync().ConfigureAwait(false);
            try
            {
                await posting.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or TaskCanceledException)
            {
                // the requests in flight when the process died: never acknowledged, so never promised
            }
        }

        first.Dispose();
        var killedWith = acceptedBeforeKill.Distinct().ToList();
        using var second = await LocalHostProcess.StartAsync(folder.Path, cancellationToken).ConfigureAwait(false);
        using var again = Client(second);
        var clock = Stopwatch.StartNew();
        var finals = await WaitFinalAsync(again, killedWith, cancellationToken).ConfigureAwait(false);
        var lost = finals.Count(p => p.Value != "analyzed");
        var duplicated = CountRows(folder.Path, "SELECT COUNT(*) FROM (SELECT session_id FROM sessions WHERE session_id LIKE 'rel-kill-%' GROUP BY session_id HAVING COUNT(*) > 1)");
        var faults = (lost > 0 ? 1 : 0) + (duplicated > 0 ? 1 : 0);
        output.WriteLine("## kill -9 mid-load, then a restart on the same data");
        output.WriteLine();
        output.WriteLine($"Acknowledged (202) before the kill: {killedWith.Count} of {ids.Count} sent. After the restart, {finals.Values.Count(s => s == "analyzed")} of them analyzed within {clock.Elapsed.TotalSeconds:F1} s, {lost} not analyzed (lost or failed), {duplicated} analyzed twice in the warehouse. Faults: {faults}.");
        output.WriteLine();
        return faults;
    }

    private static async Task<int> FullDiskAsync(string sample, TextWriter output, CancellationToken cancellationToken)
    {
        output.WriteLine("## Full disk (a 16 MB tmpfs as the data folder)");
        output.WriteLine();
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            output.WriteLine("Skipped: needs Linux and root to mount a tmpfs.");
            output.WriteLine();
            return 0;
        }

        using var folder = new TempFolder();
        if (await RunAsync("mount", $"-t tmpfs -o size=16m tmpfs {folder.Path}", cancellationToken).ConfigureAwait(false) != 0)
        {
            output.WriteLine("Skipped: mount -t tmpfs failed (no permission in this container).");
            output.WriteLine();
            return 0;
        }

        try
        {
            using var host = await LocalHostProcess.StartAsync(folder.Path, cancellationToken).ConfigureAwait(false);
            using var client = Client(host);
            var statuses = new List<int>();
            var accepted = new List<string>();
            for (var i = 0; i < 2000 && statuses.TakeLast(20).Count(s => s != 202) < 20; i++)
            {
                var id = $"rel-disk-{i:D4}";
                using var content = Json(WithId(sample, id));
                using var response = await client.PostAsync("/api/sessions", content, cancellationToken).ConfigureAwait(false);
                statuses.Add((int)response.StatusCode);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    accepted.Add(id);
                }
            }

            var stored = 0;
            foreach (var id in accepted)
            {
                using var response = await client.GetAsync(new Uri($"/api/sessions/{id}", UriKind.Relative), cancellationToken).ConfigureAwait(false);
                stored += response.StatusCode == HttpStatusCode.OK ? 1 : 0;
            }

            using var health = await client.GetAsync(new Uri("/api/health", UriKind.Relative), cancellationToken).ConfigureAwait(false);
            var faults = (statuses.Any(s => s >= 500 && s != 503) ? 1 : 0) + (stored != accepted.Count ? 1 : 0);
            output.WriteLine($"Sent {statuses.Count}: {string.Join(", ", statuses.GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{g.Count()} x {g.Key}"))}. Accepted and still readable: {stored} of {accepted.Count}. Health while full: {(int)health.StatusCode}. Faults: {faults} (a fault is a 5xx other than 503, or an accepted session that cannot be read back).");
            output.WriteLine();
            return faults;
        }
        finally
        {
            await RunAsync("umount", folder.Path, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task<List<string>> PostAllAsync(HttpClient client, string sample, IReadOnlyList<string> ids, int concurrency, CancellationToken cancellationToken, ConcurrentBag<string>? acceptedSink = null)
    {
        var accepted = acceptedSink ?? [];
        var template = File.ReadAllText(sample);
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (id, token) =>
        {
            using var content = Json(WithId(template, id, isText: true));
            using var response = await client.PostAsync("/api/sessions", content, token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                accepted.Add(id);
            }
        }).ConfigureAwait(false);
        return [.. accepted];
    }

    /// <summary>Each session's state once final (analyzed or failed), or its last state when <see cref="FinalWait"/> runs out.</summary>
    private static async Task<Dictionary<string, string>> WaitFinalAsync(HttpClient client, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var states = ids.Distinct().ToDictionary(id => id, _ => "unknown", StringComparer.Ordinal);
        var deadline = DateTime.UtcNow + FinalWait;
        while (DateTime.UtcNow < deadline)
        {
            foreach (var id in states.Where(p => p.Value is not ("analyzed" or "failed")).Select(p => p.Key).ToList())
            {
                using var response = await client.GetAsync(new Uri($"/api/sessions/{Uri.EscapeDataString(id)}", UriKind.Relative), cancellationToken).ConfigureAwait(false);
                states[id] = response.StatusCode == HttpStatusCode.OK
                    ? JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)).RootElement.GetProperty("status").GetString() ?? "unknown"
                    : $"HTTP {(int)response.StatusCode}";
            }

            if (states.Values.All(s => s is "analyzed" or "failed"))
            {
                break;
            }

            await Task.Delay(250, cancellationToken).ConfigureAwait(false);
        }

        return states;
    }

    private static HttpClient Client(LocalHostProcess host)
    {
        var client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("x-functions-key", LocalHostProcess.ApiKey);
        return client;
    }

    private static ByteArrayContent Json(string body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static string WithId(string sampleOrText, string id, bool isText = false)
    {
        var root = JsonNode.Parse(isText ? sampleOrText : File.ReadAllText(sampleOrText))!.AsObject();
        root["session_id"] = id;
        return root.ToJsonString();
    }

    private static string? SessionIdOf(string body)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement.GetProperty("session_id").GetString();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static long CountRows(string dataFolder, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataFolder, "voice-analytics.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<int> RunAsync(string file, string arguments, CancellationToken cancellationToken)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return process.ExitCode;
    }
}
