using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Bench.Analyzers;
using VoiceAnalytics.Bench.Support;
using VoiceAnalytics.Core;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Ingest;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Bench.Ingest;

/// <summary>
/// Where an app request's time goes, without HTTP: the validating parse of the body (CPU), and the store's
/// AcceptAsync alone (one transaction: body + queue message, synchronous=FULL), sequential, on a fresh database.
/// </summary>
public static class IngestCostProbe
{
    private static readonly TimeSpan StoreDuration = TimeSpan.FromSeconds(3);

    public static async Task RunAsync(IngestPayload payload, BenchOptions options, TextWriter output)
    {
        var body = new byte[payload.BodyLength];
        payload.Prefix.CopyTo(body);
        System.Text.Encoding.ASCII.GetBytes(SessionIdPool.Placeholder, body.AsSpan(payload.Prefix.Length));
        payload.Suffix.CopyTo(body.AsMemory(payload.Prefix.Length + SessionIdPool.Width));

        long sink = 0;
        var steps = new (string Step, Action Run)[]
        {
            ("PayloadParser.Parse (validate + deserialize)", () => sink += PayloadParser.Parse(body).IsValid ? 1 : 0),
            ("JsonContentHash.Compute (canonical key)", () => sink += JsonContentHash.Compute(body).Length),
            ("SHA-256 of the bytes", () => sink += SHA256.HashData(body)[0]),
            ("PayloadCodec.Encode (zstd + body dictionary, as stored)", () => sink += PayloadCodec.Encode(body).Stored.Length),
            ("floor: one Utf8JsonReader pass, nothing kept", () => sink += ReadOnly(body)),
            ("floor: JsonDocument.Parse", () => { using var document = JsonDocument.Parse(body); sink += document.RootElement.GetPropertyCount(); }),
        };
        var timings = steps.Select(s => (s.Step, Sample: SingleThreadMeasurement.Run(1, _ => s.Run(), options.Warmup, TimeSpan.FromSeconds(2)))).ToList();
        var (storeName, accepts, elapsed, p50, p99) = await MeasureStoreAsync(body).ConfigureAwait(false);

        output.WriteLine("Where an app request's time goes, measured apart from HTTP on the same body (one thread, no pump). The");
        output.WriteLine("two floors are what any validating parse must at least do; the bare endpoint's whole request costs about");
        output.WriteLine("2 cores / its req/s of CPU, client included:");
        output.WriteLine();
        output.WriteLine("| step | per call | calls/s | allocated bytes/call |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var (step, sample) in timings)
        {
            output.WriteLine(FormattableString.Invariant(
                $"| {step} | {sample.MicrosecondsPerSession / 1000:F3} ms mean | {sample.SessionsPerSecond:F0} | {sample.BytesPerSession:N0} |"));
        }

        output.WriteLine(FormattableString.Invariant(
            $"| {storeName}.AcceptAsync, sequential, {StoreDuration.TotalSeconds:0} s | p50 {p50:F2} ms, p99 {p99:F2} ms | {accepts / elapsed.TotalSeconds:F0} | n/a |"));
        output.WriteLine();
        HashLinearity.Report(output);
        GC.KeepAlive(sink);
    }

    private static int ReadOnly(byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    private static async Task<(string Store, int Accepts, TimeSpan Elapsed, double P50Ms, double P99Ms)> MeasureStoreAsync(byte[] body)
    {
        using var folder = new TempFolder();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Path"] = folder.Path })
            .Build();
        var latencies = new List<double>();
        int accepts;
        TimeSpan elapsed;
        string storeName;
        await using (var provider = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddVoiceAnalyticsCore().BuildServiceProvider())
        {
            var store = provider.GetRequiredService<ISessionStore>();
            storeName = store.GetType().Name;
            var sha = Convert.ToHexStringLower(SHA256.HashData(body));
            var next = 0;
            for (var i = 0; i < 50; i++)
            {
                await store.AcceptAsync(Submission(next++, body, sha), CancellationToken.None).ConfigureAwait(false);
            }

            var started = Stopwatch.GetTimestamp();
            while (Stopwatch.GetElapsedTime(started) < StoreDuration)
            {
                var sent = Stopwatch.GetTimestamp();
                await store.AcceptAsync(Submission(next++, body, sha), CancellationToken.None).ConfigureAwait(false);
                latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            }

            elapsed = Stopwatch.GetElapsedTime(started);
            accepts = latencies.Count;
        }

        SqliteConnection.ClearAllPools();
        latencies.Sort();
        return (storeName, accepts, elapsed, latencies[(int)Math.Ceiling(0.5 * latencies.Count) - 1], latencies[(int)Math.Ceiling(0.99 * latencies.Count) - 1]);
    }

    private static SessionSubmission Submission(int index, byte[] body, string sha) =>
        new("probe-" + index.ToString("D10", CultureInfo.InvariantCulture), body, sha, DateTimeOffset.UtcNow);
}
