using System.Globalization;

namespace VoiceAnalytics.Bench.Support;

/// <summary>
/// Command line: <c>ingest|analyzers|e2e|reliability|all [--warmup 1] [--duration 5] [--concurrency 1,8,32] [--without-pump]
/// [--sessions 2000] [--latency-sessions 200] [--runs 30] [--reuse] [--backlog 2000]</c> (seconds). <c>--without-pump</c> is a diagnostic: the app without
/// its background queue pump. <c>--sessions</c> is e2e's backlog to drain (warehouse-queries: the warehouse's size), <c>--latency-sessions</c> its timed sessions.
/// </summary>
public sealed record BenchOptions(string Command, TimeSpan Warmup, TimeSpan Duration, IReadOnlyList<int> Concurrency, bool WithoutPump = false)
{
    public int Sessions { get; init; } = 2000;

    public int LatencySessions { get; init; } = 200;

    /// <summary>warehouse-queries: timed runs per query (after the warm-up).</summary>
    public int Runs { get; init; } = 30;

    /// <summary>warehouse-queries, scale: time the database a previous run generated for the same size, if there is one.</summary>
    public bool Reuse { get; init; }

    /// <summary>scale: the sessions queued (pump off) and then drained, on the empty and on the generated database.</summary>
    public int Backlog { get; init; } = 2000;

    public static BenchOptions? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("ingest" or "compression" or "analyzers" or "e2e" or "reliability" or "all" or "warehouse-queries" or "drain-profile" or "scale" or "dashboard" or "size"))
        {
            return null;
        }

        var warmup = TimeSpan.FromSeconds(1);
        var duration = TimeSpan.FromSeconds(5);
        IReadOnlyList<int> concurrency = [1, 8, 32];
        // The dashboard's target is at a million sessions: its default.
        var sessions = args[0] == "dashboard" ? 1_000_000 : 2000;
        var latencySessions = 200;
        var runs = 30;
        var backlog = 2000;
        var withoutPump = args.Contains("--without-pump");
        var reuse = args.Contains("--reuse");
        var rest = args.Skip(1).Where(a => a is not ("--without-pump" or "--reuse")).ToArray();
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
                case "--sessions":
                    sessions = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--runs":
                    runs = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--backlog":
                    backlog = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--latency-sessions":
                    latencySessions = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                default:
                    return null;
            }
        }

        // scale --sessions 0: every store empty, as a baseline of its own.
        return sessions < (args[0] == "scale" ? 0 : 1) || latencySessions < 1 || runs < 1 || backlog < 1
            ? null
            : new BenchOptions(args[0], warmup, duration, concurrency, withoutPump) { Sessions = sessions, LatencySessions = latencySessions, Runs = runs, Reuse = reuse, Backlog = backlog };
    }
}
