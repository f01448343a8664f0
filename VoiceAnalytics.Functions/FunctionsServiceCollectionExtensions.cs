using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core;
using VoiceAnalytics.Core.Analysis.Llm;
using VoiceAnalytics.Core.Dashboard.Lists;
using VoiceAnalytics.Core.Dashboard.Figures;
using VoiceAnalytics.Core.Ingest;
using VoiceAnalytics.Core.Telemetry;
using VoiceAnalytics.Functions.Functions.Analysis;
using VoiceAnalytics.Functions.Functions.Http;
using VoiceAnalytics.Functions.Functions.Timers;

namespace VoiceAnalytics.Functions;

/// <summary>The services of the function classes, shared by the isolated worker and the local host.</summary>
public static class FunctionsServiceCollectionExtensions
{
    public static IServiceCollection AddVoiceAnalyticsFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddVoiceAnalyticsCore();
        services.AddLlmAnalysis(configuration);
        services.AddVoiceAnalyticsTelemetry(configuration);
        services.AddSingleton<IValidateOptions<IngestOptions>, IngestOptionsValidator>();
        services.AddSingleton<TriggeredTimers>();
        // ASP.NET Core's request lines and request scope carry the raw path, and DELETE /api/people/{email} holds an
        // email address there: that logger is off in both hosts (the most specific category wins over Logging:LogLevel:Microsoft.AspNetCore).
        services.Configure<LoggerFilterOptions>(o => o.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None));
        services.AddSingleton<Api.ApiKeyFilter>();
        services.AddSingleton<Api.FailureMapping>();
        services.AddSingleton<Api.DashboardQuery>();
        services.AddSingleton<Dashboard.DashboardAssets>();
        services.AddDashboardLists();

        // The function classes themselves: the worker creates them per invocation, the local host resolves them here.
        services.AddSingleton<IngestSession>();
        services.AddSingleton<GetSession>();
        services.AddSingleton<RetrySession>();
        services.AddSingleton<GetOutbox>();
        services.AddSingleton<Health>();
        services.AddSingleton<ErasePerson>();
        services.AddSingleton<GetErasure>();
        services.AddSingleton<DashboardPage>();
        services.AddSingleton<StartSessionAnalysis>();
        services.AddSingleton<GetDashboardSales>();
        services.AddSingleton<GetDashboardKnowledge>();
        services.AddSingleton<GetDashboardActivity>();
        services.AddSingleton<GetDashboardSessions>();
        services.AddDashboardFigures();
        services.AddSingleton<GetDashboardFilters>();
        services.AddSingleton<GetDashboardPerformance>();
        services.AddSingleton<GetDashboardBusiness>();
        services.AddSingleton<GetDashboardQuality>();
        services.AddSingleton<GetDashboardTrends>();
        return services;
    }
}
