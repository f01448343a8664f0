using VoiceAnalytics.Functions.Hosting;

// `dotnet run -- eval DIR` and other commands are handled before the web host starts.
return await VoiceAnalyticsHost.RunAsync(args).ConfigureAwait(false);
