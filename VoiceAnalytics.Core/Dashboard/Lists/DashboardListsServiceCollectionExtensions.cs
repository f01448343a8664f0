using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Sinks.Salesforce;
using VoiceAnalytics.Core.Sinks.Salesforce.Api;
using VoiceAnalytics.Core.Warehouse.Lists;

namespace VoiceAnalytics.Core.Dashboard.Lists;

public static class DashboardListsServiceCollectionExtensions
{
    /// <summary>The readers behind the dashboard's ranked lists and drill-down (<see cref="DashboardListsOptions"/>); needs <c>AddWarehouse</c> and the Salesforce sink's record log (<c>AddSalesforceSink</c>).</summary>
    public static IServiceCollection AddDashboardLists(this IServiceCollection services)
    {
        services.AddOptions<DashboardListsOptions>().BindConfiguration(DashboardListsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<SalesPanelReader>();
        services.TryAddSingleton<KnowledgePanelReader>();
        services.TryAddSingleton<SessionDrillDownReader>();
        services.TryAddSingleton(sp => new ActivityListsReader(
            sp.GetRequiredService<IAlertHistory>(),
            sp.GetRequiredService<IDashboardLists>(),
            sp.GetRequiredService<IOptions<DashboardListsOptions>>(),
            sp.GetRequiredService<IConfiguration>().GetSection(SalesforceOptions.Section).Get<SalesforceOptions>() ?? new SalesforceOptions(),
            sp.GetRequiredService<ISalesforceRecordLog>(),
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
