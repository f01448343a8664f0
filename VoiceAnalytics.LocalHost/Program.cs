using VoiceAnalytics.LocalHost.Cli;
using VoiceAnalytics.LocalHost.Hosting;

// Commands (`dotnet run -- eval DIR`, `-- redeliver`, `-- warehouse-backfill`) run without the web host; anything else starts it.
return args switch
{
    ["eval", .. var rest] => EvalCommand.Run(rest, Console.Out, Console.Error),
    ["redeliver", .. var rest] => await RedeliverCommand.RunAsync([.. rest], Console.Out, Console.Error).ConfigureAwait(false),
    ["warehouse-backfill", .. var rest] => await WarehouseBackfillCommand.RunAsync([.. rest], Console.Out, Console.Error).ConfigureAwait(false),
    _ => await VoiceAnalyticsHost.RunAsync(args).ConfigureAwait(false),
};
