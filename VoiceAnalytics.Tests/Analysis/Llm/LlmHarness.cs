using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Llm;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Analysis.Llm;

/// <summary>Core's real services (embedded database in a temp folder) with the Llm section pointing at a local server.</summary>
internal sealed class LlmHarness : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ServiceProvider _services;

    public LlmHarness(AzureOpenAIServer? server, IDictionary<string, string?>? settings = null)
    {
        var config = new Dictionary<string, string?>
        {
            ["Storage:Path"] = _folder.Path,
            ["Timers:Enabled"] = "false",
        };
        if (server is not null)
        {
            config["Llm:Endpoint"] = server.Url;
            config["Llm:ApiKey"] = "test-api-key";
            config["Llm:Deployments:Cheap"] = AzureOpenAIServer.Cheap;
            config["Llm:Prices:gpt-4o-mini:InputPerMillion"] = "0.15";
            config["Llm:Prices:gpt-4o-mini:OutputPerMillion"] = "0.60";
            config["Llm:Prices:gpt-4o:InputPerMillion"] = "2.50";
            config["Llm:Prices:gpt-4o:OutputPerMillion"] = "10";
            config["Llm:MaxRetries"] = "3";
            config["Llm:RetryBaseDelay"] = "00:00:00.010";
            // Generous: under a loaded host a 10 s limit timed out a local answer once and retried it, so a test counting requests saw two.
            config["Llm:Timeout"] = "00:01:00";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(config).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddVoiceAnalyticsCore();
        services.AddLlmAnalysis(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public IServiceProvider Services => _services;

    public IReadOnlyList<IAnalyzer> Analyzers => [.. _services.GetServices<IAnalyzer>()];

    public Task<AnalysisResults> AnalyzeAsync(SessionPayload session, CancellationToken cancellationToken = default) =>
        StagedAnalysis.RunAsync(Analyzers, AnalysisInput.ForSession(session), (analyzer, input) => analyzer.AnalyzeAsync(input, cancellationToken).AsTask());

    public void Dispose()
    {
        _services.Dispose();
        _folder.Dispose();
    }
}
