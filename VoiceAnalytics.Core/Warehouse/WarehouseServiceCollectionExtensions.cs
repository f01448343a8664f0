using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse.Sqlite;

namespace VoiceAnalytics.Core.Warehouse;

public static class WarehouseServiceCollectionExtensions
{
    /// <summary>
    /// The warehouse stage (<see cref="WarehouseOptions"/>, section <c>Warehouse</c>): its write port behind the
    /// <c>warehouse</c> sink, and the read ports the ops rules, digests, executive reports, lead scoring, alert
    /// history and dashboard ask. Needs Core's storage (<c>AddStorage</c>) for the embedded database.
    /// </summary>
    public static IServiceCollection AddWarehouse(this IServiceCollection services)
    {
        services.AddOptions<WarehouseOptions>().BindConfiguration(WarehouseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISqliteSchema, WarehouseSchema>());
        services.TryAddSingleton<IWarehouseWriter, SqliteWarehouseWriter>();
        services.TryAddSingleton<IOpsFigures, SqliteOpsFigures>();
        services.TryAddSingleton<IDigestFigures, SqliteDigestFigures>();
        services.TryAddSingleton<IExecutiveFigures, SqliteExecutiveFigures>();
        services.TryAddSingleton<IDashboardFigures, SqliteDashboardFigures>();
        services.TryAddSingleton<ILeadHistory, SqliteLeadHistory>();
        services.TryAddSingleton<ILeadProfiles, SqliteLeadProfiles>();
        services.TryAddSingleton<IAlertHistory, SqliteAlertHistory>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISessionSink, WarehouseSink>());
        return services;
    }
}
