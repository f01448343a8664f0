using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse.Cosmos;
using VoiceAnalytics.Core.Warehouse.Lists;
using VoiceAnalytics.Core.Warehouse.Dashboard;
using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Core.Warehouse;

public static class WarehouseServiceCollectionExtensions
{
    /// <summary>
    /// The warehouse stage (<see cref="WarehouseOptions"/>, section <c>Warehouse</c>): its write port behind the
    /// <c>warehouse</c> sink, and the read ports the ops rules, digests, executive reports, lead scoring, alert
    /// history, dashboard and the privacy stage (retention, erasure) ask, on the adapter <c>Warehouse:Provider</c> names. Needs Core's storage (<c>AddStorage</c>) for the embedded database.
    /// </summary>
    public static IServiceCollection AddWarehouse(this IServiceCollection services)
    {
        services.AddOptions<WarehouseOptions>().BindConfiguration(WarehouseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISqliteSchema, WarehouseSchema>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISqliteSchema, DashboardRollupSchema>());
        services.AddOptions<CosmosWarehouseOptions>().BindConfiguration(CosmosWarehouseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CosmosWarehouseOptions>, CosmosWarehouseOptionsValidator>());
        services.TryAddSingleton<CosmosWarehouseConnection>();
        services.TryAddSingleton(sp => sp.GetRequiredService<CosmosWarehouseConnection>().Containers);
        services.TryAddSingleton<CosmosRetry>();
        services.TryAddSingleton<CosmosStore>();
        services.TryAddSingleton<CosmosWarehouseBackfill>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, CosmosWarehouseInitializer>());

        Select<IWarehouseWriter, SqliteWarehouseWriter, CosmosWarehouseWriter>(services);
        Select<IOpsFigures, SqliteOpsFigures, CosmosOpsFigures>(services);
        Select<IDigestFigures, SqliteDigestFigures, CosmosDigestFigures>(services);
        Select<IExecutiveFigures, SqliteExecutiveFigures, CosmosExecutiveFigures>(services);
        Select<IDashboardFigures, SqliteDashboardFigures, CosmosDashboardFigures>(services);
        Select<IDashboardLists, SqliteDashboardLists, CosmosDashboardLists>(services);
        Select<IDashboardHours, SqliteDashboardHours, CosmosDashboardHours>(services);
        Select<ILeadHistory, SqliteLeadHistory, CosmosLeadHistory>(services);
        Select<ILeadProfiles, SqliteLeadProfiles, CosmosLeadProfiles>(services);
        Select<IAlertHistory, SqliteAlertHistory, CosmosAlertHistory>(services);
        Select<IWarehousePrivacy, SqliteWarehousePrivacy, CosmosWarehousePrivacy>(services);
        services.TryAddSingleton<SqliteWarehouseExport>();
        services.TryAddSingleton<WarehouseBackfill>();
        services.TryAddSingleton<DashboardRollupProgress>();
        services.TryAddSingleton<DashboardItemsBackfill>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DashboardItemsBackfillService>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DashboardRollupBackfillService>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISessionSink, WarehouseSink>());
        return services;
    }

    /// <summary>The port resolves to the adapter <c>Warehouse:Provider</c> names (a port registered before keeps its registration).</summary>
    private static void Select<TPort, TSqlite, TCosmos>(IServiceCollection services)
        where TPort : class
        where TSqlite : class, TPort
        where TCosmos : class, TPort
    {
        services.TryAddSingleton<TSqlite>();
        services.TryAddSingleton<TCosmos>();
        services.TryAddSingleton<TPort>(sp => sp.GetRequiredService<IOptions<WarehouseOptions>>().Value.Provider == WarehouseProvider.Cosmos
            ? sp.GetRequiredService<TCosmos>()
            : sp.GetRequiredService<TSqlite>());
    }
}
