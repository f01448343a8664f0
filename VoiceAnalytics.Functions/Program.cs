using VoiceAnalytics.Functions.Cli;
using VoiceAnalytics.Functions.Hosting;

// Commands (`dotnet run -- eval DIR`) run without the web host; anything else starts it.
return args is ["eval", .. var rest]
    ? EvalCommand.Run(rest, Console.Out, Console.Error)
    : await VoiceAnalyticsHost.RunAsync(args).ConfigureAwait(false);
