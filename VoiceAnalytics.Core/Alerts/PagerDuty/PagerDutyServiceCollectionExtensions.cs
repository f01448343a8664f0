using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace VoiceAnalytics.Core.Alerts.PagerDuty;

public static class PagerDutyServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="PagerDutyClient"/> as a typed HTTP client bound to the <c>PagerDuty</c> section. The client owns the
    /// retry rules of the Events API (on <see cref="TimeProvider"/>), so no resilience handler is stacked on it.
    /// </summary>
    public static IServiceCollection AddPagerDutyAlerts(this IServiceCollection services)
    {
        services.AddOptions<PagerDutyOptions>().BindConfiguration(PagerDutyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient<PagerDutyClient>();
        return services;
    }
}
