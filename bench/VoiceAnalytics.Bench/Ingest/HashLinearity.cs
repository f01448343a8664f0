using System.Diagnostics;
using System.Text;
using VoiceAnalytics.Core.Ingest;

namespace VoiceAnalytics.Bench.Ingest;

/// <summary>
/// Whether <see cref="JsonContentHash"/> stays linear in the body: the fastest of five runs on a document of n items
/// (a long array of objects and one object of n members, so both the walk and each object's name sort are in it),
/// at n and 8n. Linear is about 8x (a little more for the sort); quadratic about 64x. Was a timed unit test; a speed
/// property belongs here, where a loaded machine cannot fail a build.
/// </summary>
internal static class HashLinearity
{
    private const int Small = 10_000;
    private const int Large = 80_000;

    public static void Report(TextWriter output)
    {
        var small = Body(Small);
        var large = Body(Large);
        _ = JsonContentHash.Compute(small); // warm-up
        var smallMs = Fastest(small);
        var largeMs = Fastest(large);
        output.WriteLine(FormattableString.Invariant(
            $"JsonContentHash on {Small:N0} vs {Large:N0} items ({small.Length / 1024:N0} vs {large.Length / 1024:N0} KiB): {smallMs:F2} vs {largeMs:F2} ms, **{largeMs / smallMs:F1}x** for 8x the body (linear ~8, quadratic ~64)."));
        output.WriteLine();
    }

    private static byte[] Body(int n)
    {
        var builder = new StringBuilder("{\"items\":[");
        for (var i = 0; i < n; i++)
        {
            builder.Append(i == 0 ? "" : ",").Append("{\"z\":").Append(i).Append(",\"text\":\"turn ").Append(i).Append(" caf\\u00e9\",\"a\":[true,null]}");
        }

        builder.Append("],\"wide\":{");
        for (var i = 0; i < n; i++)
        {
            builder.Append(i == 0 ? "" : ",").Append("\"k").Append(n - i).Append("\":").Append(i);
        }

        return Encoding.UTF8.GetBytes(builder.Append("}}").ToString());
    }

    private static double Fastest(byte[] body)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            _ = JsonContentHash.Compute(body);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }
}
