using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.Ops;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Telemetry;

namespace VoiceAnalytics.Core.Analysis.Llm;

public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// The language-model analysis, only when <c>Llm:Endpoint</c> is set: its options (validated at start), the call
    /// table, the Azure OpenAI clients, <see cref="LlmAnalyzer"/> and the budget's ops rule. Without an endpoint it
    /// registers nothing, so the pipeline is exactly the rules.
    /// </summary>
    public static IServiceCollection AddLlmAnalysis(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.IsNullOrWhiteSpace(configuration[$"{LlmOptions.Section}:Endpoint"]))
        {
            return services;
        }

        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>();
        services.AddSingleton<ISqliteSchema, LlmCallTablesSchema>();
        services.TryAddSingleton<ILlmCallStore, SqliteLlmCallStore>();
        services.TryAddSingleton<ILlmChatClients, AzureOpenAIChatClients>();
        services.TryAddSingleton<LlmBudget>();
        services.AddVoiceAnalyticsInstruments();
        services.TryAddSingleton<LlmMetrics>();
        services.TryAddSingleton<LlmCaller>();
        services.AddSingleton<IAnalyzer, LlmAnalyzer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOpsRule, LlmBudgetRule>());
        return services;
    }
}
