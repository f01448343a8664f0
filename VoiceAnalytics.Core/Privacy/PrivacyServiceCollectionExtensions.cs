using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Scheduling;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Azure;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse;

namespace VoiceAnalytics.Core.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>
    /// The privacy stage (<see cref="PrivacyOptions"/>, section <c>Privacy</c>): the keyed redaction rules, erasure
    /// (<see cref="PersonEraser"/>, its receipts and tombstones), the pipeline's <see cref="ErasureGuard"/> and the
    /// daily <see cref="RetentionJob"/>. The stored sessions' and deliveries' privacy ports are registered here for the
    /// two storage modes; the warehouse's (<see cref="IWarehousePrivacy"/>) comes with <c>AddWarehouse</c>, on the
    /// adapter <c>Warehouse:Provider</c> names (so an erasure under Cosmos reaches Cosmos). Needs Core's storage,
    /// warehouse and sinks.
    /// </summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<PrivacyOptions>, LocalHashKey>();
        services.AddSingleton<PersonKey>();
        services.AddSingleton<PersonRedactions>();

        services.AddSingleton<SqliteStoredSessionPrivacy>();
        services.AddSingleton(sp => new BlobStoredSessionPrivacy(sp.GetRequiredService<Azure.Storage.Blobs.BlobContainerClient>()));
        services.AddSingleton<IStoredSessionPrivacy>(sp =>
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.AzureStorage
                ? sp.GetRequiredService<BlobStoredSessionPrivacy>()
                : sp.GetRequiredService<SqliteStoredSessionPrivacy>());
        services.TryAddSingleton<IDeliveryPrivacy, SqliteDeliveryPrivacy>();

        services.AddSingleton<ISqliteSchema, PrivacyTablesSchema>();
        // Tombstones must be seen by every instance: in Blob Storage when the sessions are.
        services.AddSingleton<SqliteErasureLog>();
        services.AddSingleton(sp => new BlobErasureLog(sp.GetRequiredService<Azure.Storage.Blobs.BlobContainerClient>()));
        services.AddSingleton<IErasureLog>(sp =>
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.AzureStorage
                ? sp.GetRequiredService<BlobErasureLog>()
                : sp.GetRequiredService<SqliteErasureLog>());
        services.AddSingleton<PersonEraser>();
        services.AddSingleton<ErasureGuard>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IScheduledJob, RetentionJob>());
        return services;
    }
}
