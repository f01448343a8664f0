using System.Diagnostics;
using System.IO.Compression;
using VoiceAnalytics.Bench.Support;
using VoiceAnalytics.Core.Storage.Sqlite;
using ZstdSharp;

namespace VoiceAnalytics.Bench.Compression;

/// <summary>
/// Brotli (built in) and zstd (ZstdSharp.Port) at a few levels on the dev calls as the agent writes them: ratio
/// (compressed / original, all files together) and single-thread speed both ways. Picks the codec intake stores
/// raw bodies with (<c>Core/Storage/Sqlite/PayloadCodec</c>).
/// </summary>
public static class CompressionBenchmark
{
    private static readonly TimeSpan PerRow = TimeSpan.FromSeconds(2);

    public static void Run(TextWriter output)
    {
        var bodies = Directory.GetFiles(Path.Combine(RepoPaths.SharedData(), "calls"), "dev-*.json")
            .Where(f => !f.EndsWith(".labels.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToList();
        long total = bodies.Sum(b => (long)b.Length);
        output.WriteLine("## compression: the raw body codec");
        output.WriteLine();
        output.WriteLine(FormattableString.Invariant(
            $"- {bodies.Count} dev calls as stored (file bytes), mean {total / (double)bodies.Count / 1024:F1} KiB; one thread, each row {PerRow.TotalSeconds:0} s per direction after one pass of warm-up"));
        output.WriteLine();
        output.WriteLine("| codec | level | compressed / original | KiB per session | compress MB/s | ms per session | decompress MB/s |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var level in new[] { 1, 3, 5, 7 })
        {
            using var compressor = new Compressor(level);
            using var decompressor = new Decompressor();
            Row(output, "zstd", level, bodies, b => compressor.Wrap(b).ToArray(), c => decompressor.Unwrap(c).ToArray());
        }

        // What the app stores since issue 13's part "size": level 3 with the shipped body dictionary.
        Row(output, "zstd + body-1 dictionary (PayloadCodec)", 3, bodies, b => PayloadCodec.Encode(b).Stored, c => PayloadCodec.Decode(PayloadCodec.Zstd, c));

        foreach (var quality in new[] { 1, 4, 5, 6 })
        {
            Row(output, "brotli (window 22)", quality, bodies, b => Brotli(b, quality), BrotliDecode);
        }

        output.WriteLine();
    }

    private static void Row(TextWriter output, string codec, int level, List<byte[]> bodies, Func<byte[], byte[]> compress, Func<byte[], byte[]> decompress)
    {
        var compressed = bodies.Select(compress).ToList();
        for (var i = 0; i < bodies.Count; i++)
        {
            if (!decompress(compressed[i]).AsSpan().SequenceEqual(bodies[i]))
            {
                throw new InvalidDataException($"{codec} {level} did not round-trip body {i}.");
            }
        }

        long total = bodies.Sum(b => (long)b.Length);
        long packed = compressed.Sum(c => (long)c.Length);
        var (compressMbs, perSession) = Speed(bodies, b => compress(b), total);
        var (decompressMbs, _) = Speed(compressed, c => decompress(c), total);
        output.WriteLine(FormattableString.Invariant(
            $"| {codec} | {level} | {packed / (double)total:F3} | {packed / (double)bodies.Count / 1024:F1} | {compressMbs:F0} | {perSession:F2} | {decompressMbs:F0} |"));
    }

    private static (double MegabytesPerSecond, double MsPerSession) Speed(List<byte[]> inputs, Action<byte[]> work, long originalBytes)
    {
        var started = Stopwatch.GetTimestamp();
        var passes = 0;
        while (Stopwatch.GetElapsedTime(started) < PerRow)
        {
            foreach (var input in inputs)
            {
                work(input);
            }

            passes++;
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return (passes * originalBytes / seconds / 1_000_000, seconds * 1000 / (passes * inputs.Count));
    }

    private static byte[] Brotli(byte[] body, int quality)
    {
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
        return BrotliEncoder.TryCompress(body, buffer, out var written, quality, 22)
            ? buffer[..written]
            : throw new InvalidOperationException("Brotli buffer too small.");
    }

    private static byte[] BrotliDecode(byte[] packed)
    {
        using var input = new MemoryStream(packed);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var result = new MemoryStream();
        brotli.CopyTo(result);
        return result.ToArray();
    }
}
