using Microsoft.Extensions.Configuration;
using VoiceAnalytics.Core;
using VoiceAnalytics.Core.Analysis.Llm;
using VoiceAnalytics.LocalHost.Hosting;

namespace VoiceAnalytics.LocalHost.Cli;

/// <summary>Core's services with the app's configuration sources, for commands that run without the web host.</summary>
public static class OfflineServices
{
    public static ServiceProvider Build()
    {
        // The web host's sources (VoiceAnalyticsHost): content root = current directory, appsettings, environment.
        var root = Directory.GetCurrentDirectory();
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
        var configuration = new ConfigurationBuilder()
            .AddFunctionsSettings(root, AppContext.BaseDirectory)
            .AddJsonFile(Path.Combine(root, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(root, $"appsettings.{environment}.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddVoiceAnalyticsCore();
        services.AddLlmAnalysis(configuration);
        return services.BuildServiceProvider();
    }
}
