using System.Globalization;

namespace VoiceAnalytics.Bench.Support;

/// <summary>
/// Command line: <c>ingest|analyzers|all [--warmup 1] [--duration 5] [--concurrency 1,8,32] [--without-pump]</c>
/// (seconds). <c>--without-pump</c> is a diagnostic: the app without its background queue pump.
/// </summary>
public sealed record BenchOptions(string Command, TimeSpan Warmup, TimeSpan Duration, IReadOnlyList<int> Concurrency, bool WithoutPump = false)
{
    public static BenchOptions? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("ingest" or "analyzers" or "all"))
        {
            return null;
        }

        var warmup = TimeSpan.FromSeconds(1);
        var duration = TimeSpan.FromSeconds(5);
        IReadOnlyList<int> concurrency = [1, 8, 32];
        var withoutPump = args.Contains("--without-pump");
        var rest = args.Skip(1).Where(a => a != "--without-pump").ToArray();
        if (rest.Length % 2 != 0)
        {
            return null;
        }

        for (var i = 0; i < rest.Length; i += 2)
        {
            var value = rest[i + 1];
            switch (rest[i])
            {
                case "--warmup":
                    warmup = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture));
                    break;
                case "--duration":
                    duration = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture));
                    break;
                case "--concurrency":
                    concurrency = [.. value.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))];
                    break;
                default:
                    return null;
            }
        }

        return new BenchOptions(args[0], warmup, duration, concurrency, withoutPump);
    }
}
