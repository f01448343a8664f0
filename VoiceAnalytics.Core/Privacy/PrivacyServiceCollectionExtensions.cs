using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Scheduling;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Azure;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Core.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>
    /// The privacy stage (<see cref="PrivacyOptions"/>, section <c>Privacy</c>): the keyed redaction rules, erasure
    /// (<see cref="PersonEraser"/>, its receipts and tombstones), the pipeline's <see cref="ErasureGuard"/> and the
    /// daily <see cref="RetentionJob"/>. Each store's privacy port is registered with its stage's adapters here for
    /// the two storage modes. Needs Core's storage, warehouse and sinks.
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
        services.TryAddSingleton<IWarehousePrivacy, SqliteWarehousePrivacy>();
        services.TryAddSingleton<IDeliveryPrivacy, SqliteDeliveryPrivacy>();

        services.AddSingleton<ISqliteSchema, PrivacyTablesSchema>();
        services.AddSingleton<IErasureLog, SqliteErasureLog>();
        services.AddSingleton<PersonEraser>();
        services.AddSingleton<ErasureGuard>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IScheduledJob, RetentionJob>());
        return services;
    }
}
