using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Ingest;
using VoiceAnalytics.Functions.Hosting;

namespace VoiceAnalytics.Functions.Functions;

public static class FunctionsServiceCollectionExtensions
{
    public static IServiceCollection AddFunctions(this IServiceCollection services, HostingMode mode)
    {
        services.AddSingleton<IngestSession>();
        services.AddSingleton<GetSession>();
        services.AddSingleton<ProcessSession>();
        services.AddSingleton<DevelopmentKey>();
        services.AddSingleton<IPostConfigureOptions<IngestOptions>>(sp => sp.GetRequiredService<DevelopmentKey>());
        services.AddSingleton<IValidateOptions<IngestOptions>, IngestOptionsValidator>();
        if (mode == HostingMode.Local)
        {
            services.AddHostedService<LocalQueuePump>();
            services.AddHostedService<LocalTimerHost>();
        }

        return services;
    }
}
