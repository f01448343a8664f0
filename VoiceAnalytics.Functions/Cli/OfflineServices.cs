using Microsoft.Extensions.Configuration;
using VoiceAnalytics.Core;
using VoiceAnalytics.Functions.Hosting;

namespace VoiceAnalytics.Functions.Cli;

/// <summary>Core's services with the app's configuration sources, for commands that run without the web host.</summary>
public static class OfflineServices
{
    public static ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder()
            .AddFunctionsSettings(Directory.GetCurrentDirectory(), AppContext.BaseDirectory)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddVoiceAnalyticsCore();
        return services.BuildServiceProvider();
    }
}
