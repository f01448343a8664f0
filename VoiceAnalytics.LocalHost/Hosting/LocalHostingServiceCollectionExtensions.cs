using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Ingest;

namespace VoiceAnalytics.LocalHost.Hosting;

public static class LocalHostingServiceCollectionExtensions
{
    /// <summary>What the Functions host does under Azure, done locally: a development key, the queue pump (the queue trigger) and the timers.</summary>
    public static IServiceCollection AddLocalHosting(this IServiceCollection services)
    {
        services.AddSingleton<DevelopmentKey>();
        services.AddSingleton<IPostConfigureOptions<IngestOptions>>(sp => sp.GetRequiredService<DevelopmentKey>());
        services.AddSingleton<IPostConfigureOptions<Core.Privacy.PrivacyOptions>>(sp =>
            new Core.Privacy.LocalHashKey(sp.GetRequiredService<IOptions<Core.Storage.StorageOptions>>()) { AnyProvider = true });
        services.AddHostedService<LeaseReclaimer>(); // before the pump: in-flight sessions of a crashed run go first
        services.AddHostedService<LocalQueuePump>();
        services.AddHostedService<LocalTimerHost>();
        return services;
    }
}
