using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using VoiceAnalytics.Bench.EndToEnd;
using VoiceAnalytics.Bench.Ingest;
using VoiceAnalytics.Bench.Support;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse;
using ZstdSharp;

namespace VoiceAnalytics.Bench.Size;

/// <summary>
/// <c>train-dictionary --out FILE --id N</c>: trains the zstd dictionary for the small JSON columns (analysis results,
/// reports, outbox payloads) on what the real app stores for synthetic calls (<c>corpus/calls/tune</c>, generated
/// by <c>corpus/build.sh</c>, skipping the 20 the <c>size</c> bench measures), and prints the ratio it buys. A
/// dictionary, once shipped, never changes: a new one gets a new id and a new file beside it.
/// </summary>
internal static class DictionaryTrainer
{
    private const int Skip = 20;
    private const int Calls = 200;

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var outFile = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault();
        var id = uint.Parse(args.SkipWhile(a => a != "--id").Skip(1).FirstOrDefault() ?? "0", CultureInfo.InvariantCulture);
        if (outFile is null || id == 0)
        {
            await Console.Error.WriteLineAsync("usage: train-dictionary --out FILE --id N").ConfigureAwait(false);
            return 2;
        }

        var capacity = int.Parse(args.SkipWhile(a => a != "--capacity").Skip(1).FirstOrDefault() ?? "65536", CultureInfo.InvariantCulture);
        // json: what the app stores for the calls (analysis results, reports, transcripts, outbox payloads);
        // body: the request bodies themselves, compact as a client sends them.
        var samples = args.SkipWhile(a => a != "--kind").Skip(1).FirstOrDefault() == "body"
            ? new Dictionary<string, List<byte[]>>(StringComparer.Ordinal) { ["ingested_bodies.body"] = [.. CorpusFiles().Select(f => JsonSerializer.SerializeToUtf8Bytes(JsonNode.Parse(File.ReadAllBytes(f))))] }
            : await SamplesAsync().ConfigureAwait(false);

        // Held out: the last quarter of each kind is measured with a dictionary trained on the rest only.
        var train = samples.SelectMany(s => s.Value.Take(s.Value.Count * 3 / 4)).ToList();
        output.WriteLine($"## train-dictionary: candidates trained on {train.Count} samples, measured on the held-out quarter (compressed / original)");
        output.WriteLine();
        int[] levels = [3, 6, 9];
        int[] capacities = [32 * 1024, 64 * 1024, 110 * 1024];
        output.WriteLine($"| kind | samples | mean bytes | zstd 3 alone | {string.Join(" | ", capacities.SelectMany(c => levels.Select(l => $"{c / 1024} KB dict, level {l}")))} |");
        output.WriteLine($"|---|---:|---:|---:|{string.Concat(Enumerable.Repeat("---:|", capacities.Length * levels.Length))}");
        var candidates = capacities.Select(c => DictBuilder.TrainFromBuffer(train, c).ToArray()).ToList();
        using var plain = new Compressor(3);
        var totals = new double[(capacities.Length * levels.Length) + 2];
        foreach (var (kind, list) in samples)
        {
            var heldOut = list.Skip(list.Count * 3 / 4).ToList();
            double raw = heldOut.Sum(s => s.Length), alone = heldOut.Sum(s => plain.Wrap(s).Length);
            totals[0] += raw;
            totals[1] += alone;
            var cells = new List<string>();
            var k = 2;
            foreach (var candidate in candidates)
            {
                foreach (var level in levels)
                {
                    using var compressor = new Compressor(level);
                    compressor.LoadDictionary(candidate);
                    double packed = heldOut.Sum(s => compressor.Wrap(s).Length);
                    totals[k++] += packed;
                    cells.Add(string.Create(CultureInfo.InvariantCulture, $"{packed / raw:F3}"));
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {heldOut.Count} | {raw / heldOut.Count:F0} | {alone / raw:F3} | {string.Join(" | ", cells)} |"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **all** | | | {totals[1] / totals[0]:F3} | {string.Join(" | ", totals.Skip(2).Select(t => (t / totals[0]).ToString("F3", CultureInfo.InvariantCulture)))} |"));
        output.WriteLine();

        var all = samples.SelectMany(s => s.Value).ToList();
        var dictionary = DictBuilder.TrainFromBuffer(all, capacity).ToArray();

        // RFC 8878 section 5: magic 0xEC30A437, then the 4-byte little-endian Dictionary_ID, which every frame
        // compressed with it repeats in its header (section 3.1.1.1.3). Ours is chosen, not the trainer's random one.
        BitConverter.TryWriteBytes(dictionary.AsSpan(4, 4), id);
        await File.WriteAllBytesAsync(outFile, dictionary).ConfigureAwait(false);
        output.WriteLine($"Wrote {outFile}: {dictionary.Length} bytes, id {id}, trained on all {all.Count} samples of {Calls} corpus calls.");
        output.WriteLine();
        output.WriteLine("| level, this dictionary | compressed / original | compress MB/s | decompress MB/s |");
        output.WriteLine("|---|---:|---:|---:|");
        double rawBytes = all.Sum(s => s.Length);
        using var decompressor = new Decompressor();
        decompressor.LoadDictionary(dictionary);
        using var bare = new Decompressor();
        foreach (var level in levels.Prepend(-3))
        {
            // -3: level 3 without the dictionary, the baseline (measured first, so it also takes the JIT warm-up).
            using var compressor = new Compressor(Math.Abs(level));
            if (level > 0)
            {
                compressor.LoadDictionary(dictionary);
            }

            var frames = all.Select(s => compressor.Wrap(s).ToArray()).ToList();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            for (var round = 0; round < 3; round++)
            {
                foreach (var sample in all)
                {
                    compressor.Wrap(sample);
                }
            }

            var compress = clock.Elapsed.TotalSeconds / 3;
            clock.Restart();
            for (var round = 0; round < 3; round++)
            {
                foreach (var frame in frames)
                {
                    (level > 0 ? decompressor : bare).Unwrap(frame);
                }
            }

            var decompress = clock.Elapsed.TotalSeconds / 3;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {(level > 0 ? level.ToString(CultureInfo.InvariantCulture) : "3, no dictionary")} | {frames.Sum(f => f.Length) / rawBytes:F3} | {rawBytes / 1e6 / compress:F0} | {rawBytes / 1e6 / decompress:F0} |"));
        }
        output.WriteLine();
        return 0;
    }

    private static List<string> CorpusFiles() =>
        [.. Directory.GetFiles(Path.Combine(RepoPaths.RepoRoot(), "corpus", "calls", "tune"), "*.json")
            .Where(f => !f.EndsWith(".labels.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Skip(Skip).Take(Calls)];

    private static async Task<Dictionary<string, List<byte[]>>> SamplesAsync()
    {
        using var folder = new TempFolder();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("x-functions-key", AppEndpoint.ApiKey);
        var files = CorpusFiles();
        var ids = new List<string>();
        await using (var app = await AppEndpoint.StartAsync(withPump: true, folder).ConfigureAwait(false))
        {
            foreach (var file in files)
            {
                var root = JsonNode.Parse(await File.ReadAllBytesAsync(file).ConfigureAwait(false))!.AsObject();
                using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(root));
                content.Headers.ContentType = new("application/json");
                using var response = await client.PostAsync(app.Endpoint, content).ConfigureAwait(false);
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    throw new InvalidOperationException($"POST {file}: HTTP {(int)response.StatusCode}");
                }

                ids.Add(root["session_id"]!.GetValue<string>());
            }

            var statuses = new SessionStatusClient(client, app.Endpoint);
            foreach (var id in ids)
            {
                while (!(await statuses.GetAsync(id, CancellationToken.None).ConfigureAwait(false)).IsFinal)
                {
                    await Task.Delay(50).ConfigureAwait(false);
                }
            }
        }

        var samples = new Dictionary<string, List<byte[]>>(StringComparer.Ordinal);
        void Add(string kind, string? json)
        {
            if (json is not null)
            {
                (samples.TryGetValue(kind, out var list) ? list : samples[kind] = []).Add(Encoding.UTF8.GetBytes(json));
            }
        }

        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder.Path, "voice-analytics.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT {string.Join(", ", AnalysisRow.Columns)} FROM analysis_results;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < AnalysisRow.Columns.Count; i++)
                {
                    Add("analysis_results." + AnalysisRow.Columns[i], CompressedText.Decode(reader.GetValue(i)));
                }
            }
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT report_json FROM ingested_sessions WHERE report_json IS NOT NULL;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                Add("ingested_sessions.report_json", CompressedText.Decode(reader.GetValue(0)));
            }
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT transcript_json FROM transcripts;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                Add("transcripts.transcript_json", CompressedText.Decode(reader.GetValue(0)));
            }
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT sink, payload, codec FROM outbox;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                Add("outbox." + reader.GetString(0), OutboxPayloadCodec.Decode(reader.GetValue(1), reader.GetInt64(2)));
            }
        }

        return samples;
    }
}
