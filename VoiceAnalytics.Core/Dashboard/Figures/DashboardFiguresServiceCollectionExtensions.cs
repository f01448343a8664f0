using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace VoiceAnalytics.Core.Dashboard.Figures;

public static class DashboardFiguresServiceCollectionExtensions
{
    /// <summary>The numeric panels of the dashboard (spec 6.1-6.3, 6.6) and their goal settings (<see cref="DashboardGoalOptions"/>); needs <c>AddWarehouse</c>.</summary>
    public static IServiceCollection AddDashboardFigures(this IServiceCollection services)
    {
        services.AddOptions<DashboardGoalOptions>().BindConfiguration(DashboardGoalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<PerformanceFigures>();
        services.TryAddSingleton<BusinessFigures>();
        services.TryAddSingleton<QualityFigures>();
        services.TryAddSingleton<TrendsFigures>();
        return services;
    }
}
