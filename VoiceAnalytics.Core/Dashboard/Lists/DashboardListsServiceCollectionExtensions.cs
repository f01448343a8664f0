using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace VoiceAnalytics.Core.Dashboard.Lists;

public static class DashboardListsServiceCollectionExtensions
{
    /// <summary>The readers behind the dashboard's ranked lists and drill-down (<see cref="DashboardListsOptions"/>); needs <c>AddWarehouse</c>.</summary>
    public static IServiceCollection AddDashboardLists(this IServiceCollection services)
    {
        services.AddOptions<DashboardListsOptions>().BindConfiguration(DashboardListsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<SalesPanelReader>();
        return services;
    }
}
