using System.Globalization;
using System.Net;
using VoiceAnalytics.Bench.Ingest;
using VoiceAnalytics.Bench.Support;

namespace VoiceAnalytics.Bench.EndToEnd;

/// <summary>
/// The local host end to end, through its public HTTP API only (so it runs unchanged on another host): the time
/// from POST to <c>analyzed</c> for one session at a time, and how fast a backlog of queued sessions drains.
/// </summary>
public static class E2eBenchmark
{
    private const int TargetBodyBytes = 100 * 1024;
    private const int LatencyWarmup = 20;
    private const int BacklogClients = 8;
    private static readonly TimeSpan PerSessionTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LatencyPhaseTimeout = TimeSpan.FromMinutes(10);

    public static async Task RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var sample = Path.Combine(RepoPaths.Samples(), "qualified_meeting_booked.json");
        var payload = IngestPayload.Build(sample, TargetBodyBytes);
        var drainTimeout = TimeSpan.FromSeconds(120 + (options.Sessions * 0.25));

        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = BacklogClients + 1,
            UseProxy = false,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
        };
        using var client = new HttpClient(handler) { Timeout = PerSessionTimeout };
        client.DefaultRequestHeaders.Add("x-functions-key", AppEndpoint.ApiKey);

        LatencyResult latency;
        await using (var app = await AppEndpoint.StartAsync(withPump: true).ConfigureAwait(false))
        {
            latency = await new PostToAnalyzedLatency(client, payload, PerSessionTimeout)
                .RunAsync(app, LatencyWarmup, options.LatencySessions, LatencyPhaseTimeout, cancellationToken).ConfigureAwait(false);
        }

        var drain = await new BacklogDrain(client, payload).RunAsync(options.Sessions, BacklogClients, drainTimeout, cancellationToken).ConfigureAwait(false);
        Write(output, payload, sample, latency, drain, drainTimeout);
    }

    private static void Write(TextWriter output, IngestPayload payload, string sample, LatencyResult latency, DrainResult drain, TimeSpan drainTimeout)
    {
        output.WriteLine("## e2e: POST to analyzed, and draining a backlog");
        output.WriteLine();
        output.WriteLine(FormattableString.Invariant(
            $"- body: {payload.BodyLength} bytes, {Path.GetFileName(sample)} with metrics trimmed from {payload.MetricsOriginal} to {payload.MetricsKept} records, unique session_id per session"));
        output.WriteLine("- the real app (temp data folder, HTTP on 127.0.0.1); statuses read only through `GET /api/sessions/{id}`");
        output.WriteLine(FormattableString.Invariant(
            $"- latency: one client, no backlog, {LatencyWarmup} sessions of warm-up not counted; POST, then GET every 5 ms until `analyzed` (at most {PerSessionTimeout.TotalSeconds:F0} s); `failed` or a timeout is an error, never a latency"));
        output.WriteLine(FormattableString.Invariant(
            $"- drain: {drain.Sessions} sessions POSTed by {BacklogClients} clients with the pump off, app stopped, started again on the same folder with the pump; drain time = start of that app to the `updated_at` of the last session analyzed (at most {drainTimeout.TotalSeconds:F0} s)"));
        output.WriteLine();

        output.WriteLine("| POST to analyzed | sessions timed | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | POST 202 p50 (ms) | errors |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        output.WriteLine(FormattableString.Invariant(
            $"| one at a time | {latency.LatenciesMs.Count} of {latency.Requested} | {latency.Percentile(50):F1} | {latency.Percentile(95):F1} | {latency.Percentile(99):F1} | {(latency.LatenciesMs.Count > 0 ? latency.LatenciesMs[^1] : double.NaN):F1} | {LoadResult.Percentile(latency.PostMs, 50):F2} | {latency.Errors.Total} |"));
        output.WriteLine();

        output.WriteLine("| drain | sessions | analyzed | sessions/s drained | drain (s) | app start (s) | all seen final (s) | status GETs | failed or missing |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        output.WriteLine(FormattableString.Invariant(
            $"| backlog after restart | {drain.Sessions} | {drain.Analyzed} | {drain.SessionsPerSecond:F1} | {drain.DrainSeconds:F2} | {drain.StartupSeconds:F2} | {drain.ObservedSeconds:F2} | {drain.StatusRequests} | {drain.NotAnalyzed} |"));
        output.WriteLine();
        output.WriteLine(FormattableString.Invariant(
            $"Backlog intake (pump off, {BacklogClients} clients): {drain.Backlog.Accepted} x 202 in {drain.Backlog.Elapsed.TotalSeconds:F1} s ({drain.Backlog.RequestsPerSecond:F0} req/s, p50 {drain.Backlog.P50Ms:F1} ms), {drain.Backlog.Errors.Total} errors."));
        output.WriteLine(drain.TimedOut
            ? "DRAIN TIMED OUT: final states " + States(drain.Final)
            : "Final states: " + States(drain.Final));
        output.WriteLine();
        WriteErrors(output, [("latency", latency.Errors), ("latency warm-up", latency.WarmupErrors), ("backlog POSTs", drain.Backlog.Errors)]);
    }

    private static string States(IReadOnlyDictionary<string, int> states) =>
        string.Join(", ", states.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value}")));

    private static void WriteErrors(TextWriter output, IEnumerable<(string Phase, ErrorTally Tally)> tallies)
    {
        var failed = tallies.Where(t => t.Tally.Total > 0).ToList();
        if (failed.Count == 0)
        {
            output.WriteLine("Errors: none (every POST answered 202 and every timed session reached `analyzed`).");
            output.WriteLine();
            return;
        }

        output.WriteLine("Errors:");
        foreach (var (phase, tally) in failed)
        {
            foreach (var (kind, count) in tally.Counts)
            {
                var sample = tally.Samples.TryGetValue(kind, out var s) ? s.ReplaceLineEndings(" ") : "";
                output.WriteLine(FormattableString.Invariant($"- {phase}: {count} x {kind}: {sample}"));
            }
        }

        output.WriteLine();
    }
}
