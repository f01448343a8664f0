using VoiceAnalytics.LocalHost.Cli;
using VoiceAnalytics.LocalHost.Hosting;

// Commands (`dotnet run -- eval DIR`, `-- redeliver`, `-- warehouse-backfill`) run without the web host; `help` prints
// the usage; a mistyped command word is refused (CommandLine); configuration arguments start the host.
return args switch
{
    ["eval", .. var rest] => EvalCommand.Run(rest, Console.Out, Console.Error),
    ["redeliver", .. var rest] => await RedeliverCommand.RunAsync([.. rest], Console.Out, Console.Error).ConfigureAwait(false),
    ["warehouse-backfill", .. var rest] => await WarehouseBackfillCommand.RunAsync([.. rest], Console.Out, Console.Error).ConfigureAwait(false),
    [var first, ..] when CommandLine.IsHelp(first) => CommandLine.PrintHelp(Console.Out),
    [var first, ..] when CommandLine.IsUnknownCommand(first) => CommandLine.RejectUnknown(first, Console.Error),
    _ => await VoiceAnalyticsHost.RunAsync(args).ConfigureAwait(false),
};
