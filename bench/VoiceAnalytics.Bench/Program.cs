using VoiceAnalytics.Bench.Analyzers;
using VoiceAnalytics.Bench.Ingest;
using VoiceAnalytics.Bench.Support;

namespace VoiceAnalytics.Bench;

/// <summary><c>dotnet run -c Release --project bench/VoiceAnalytics.Bench -- ingest|analyzers|all</c>; tables on stdout, progress on stderr.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "train-sentiment")
        {
            return Training.SentimentTrainer.Run(args[1..], Console.Out);
        }

        if (BenchOptions.Parse(args) is not { } options)
        {
            await Console.Error.WriteLineAsync("usage: VoiceAnalytics.Bench ingest|analyzers|all [--warmup SECONDS] [--duration SECONDS] [--concurrency 1,8,32]").ConfigureAwait(false);
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

        if (options.Command is "analyzers" or "all")
        {
            AnalyzerBenchmark.Run(options, output);
        }

        output.WriteLine($"Load average at the end (1/5/15 min): {MachineInfo.LoadAverage()}");

        return 0;
    }
}
