using VoiceAnalytics.Bench.Analyzers;
using VoiceAnalytics.Bench.EndToEnd;
using VoiceAnalytics.Bench.Ingest;
using VoiceAnalytics.Bench.Support;

namespace VoiceAnalytics.Bench;

/// <summary><c>dotnet run -c Release --project bench/VoiceAnalytics.Bench -- ingest|compression|analyzers|e2e|reliability|all|warehouse-queries|scale|dashboard|size</c>; tables on stdout, progress on stderr.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "train-sentiment")
        {
            return Training.SentimentTrainer.Run(args[1..], Console.Out);
        }

        if (args.Length > 0 && args[0] == "train-objections")
        {
            return Training.ObjectionTrainer.Run(args[1..], Console.Out);
        }

        if (args.Length > 0 && args[0] == "train-dictionary")
        {
            return await Size.DictionaryTrainer.RunAsync(args[1..], Console.Out).ConfigureAwait(false);
        }

        if (args is ["analyzers-compare", "--against", var against, .. var more])
        {
            // a separate parser: --against takes a folder, which BenchOptions' numeric options do not
            var passes = more is ["--passes", var p] ? int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : 300;
            MachineInfo.Print(Console.Out);
            Console.Out.WriteLine();
            return BuildComparison.Run(against, passes, TimeSpan.FromSeconds(20), Console.Out);
        }

        if (args is ["analyzers-breakdown", .. var rest])
        {
            var seconds = rest is ["--duration", var d] ? double.Parse(d, System.Globalization.CultureInfo.InvariantCulture) : 20;
            return AnalyzerBreakdown.Run(TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(seconds), Console.Out);
        }

        if (BenchOptions.Parse(args) is not { } options)
        {
            await Console.Error.WriteLineAsync("usage: VoiceAnalytics.Bench ingest|compression|analyzers|e2e|drain-profile|reliability|all|warehouse-queries|scale|dashboard|size [--warmup SECONDS] [--duration SECONDS] [--concurrency 1,8,32] [--sessions 2000] [--latency-sessions 200] [--runs 30] [--reuse] [--backlog 2000]\n       VoiceAnalytics.Bench analyzers-compare --against OTHER-BUILD-BIN-FOLDER [--passes 300]\n       VoiceAnalytics.Bench analyzers-breakdown [--duration 20]").ConfigureAwait(false);
            return 2;
        }

        var output = Console.Out;
        output.WriteLine("# VoiceAnalytics benchmark");
        output.WriteLine();
        MachineInfo.Print(output);
        output.WriteLine();
        if (options.Command is "ingest" or "all")
        {
            await IngestBenchmark.RunAsync(options, output).ConfigureAwait(false);
        }

        if (options.Command is "compression")
        {
            Compression.CompressionBenchmark.Run(output);
        }

        if (options.Command is "analyzers" or "all")
        {
            AnalyzerBenchmark.Run(options, output);
        }

        if (options.Command is "e2e" && !await RunE2eAsync(options, output).ConfigureAwait(false))
        {
            return 130;
        }

        if (options.Command is "drain-profile")
        {
            await Drain.DrainProfile.RunAsync(options, output, CancellationToken.None).ConfigureAwait(false);
        }

        if (options.Command is "warehouse-queries")
        {
            var fullScans = await Warehouse.WarehouseQueryBenchmark.RunAsync(options, output).ConfigureAwait(false);
            output.WriteLine($"Load average at the end (1/5/15 min): {MachineInfo.LoadAverage()}");
            return fullScans;
        }

        if (options.Command is "scale")
        {
            var fullScans = await Scale.ScaleBenchmark.RunAsync(options, output, CancellationToken.None).ConfigureAwait(false);
            output.WriteLine($"Load average at the end (1/5/15 min): {MachineInfo.LoadAverage()}");
            return fullScans;
        }

        if (options.Command is "dashboard")
        {
            var slow = await Dashboard.DashboardBenchmark.RunAsync(options, output, CancellationToken.None).ConfigureAwait(false);
            return slow > 0 ? 1 : 0;
        }

        if (options.Command is "size")
        {
            await Size.SizeBenchmark.RunAsync(output, CancellationToken.None).ConfigureAwait(false);
        }

        if (options.Command is "reliability")
        {
            var faults = await Reliability.ReliabilitySuite.RunAsync(options, output, CancellationToken.None).ConfigureAwait(false);
            output.WriteLine($"Load average at the end (1/5/15 min): {MachineInfo.LoadAverage()}");
            return faults;
        }

        output.WriteLine($"Load average at the end (1/5/15 min): {MachineInfo.LoadAverage()}");

        return 0;
    }

    /// <summary>Ctrl+C stops e2e's loops (false); its apps and temp folders are disposed on the way out.</summary>
    private static async Task<bool> RunE2eAsync(BenchOptions options, TextWriter output)
    {
        using var cancel = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            cancel.Cancel();
        }

        Console.CancelKeyPress += OnCancel;
        try
        {
            await E2eBenchmark.RunAsync(options, output, cancel.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("e2e cancelled").ConfigureAwait(false);
            return false;
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }
}
