using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VoiceAnalytics.Core.Alerts.Ops.Rules;
using VoiceAnalytics.Core.Alerts.PagerDuty;
using VoiceAnalytics.Core.Alerts.Slack;
using VoiceAnalytics.Core.Scheduling;

namespace VoiceAnalytics.Core.Alerts.Ops;

public static class OpsHealthServiceCollectionExtensions
{
    /// <summary>
    /// The operational alerts of spec 7.1/7.2: <see cref="OpsAlertOptions"/> (section <c>Alerts:Ops</c>), the rules,
    /// the <c>OpsHealth</c> timer as an <see cref="IScheduledJob"/>, and the PagerDuty and Slack clients it notifies
    /// through. Needs Core's storage, sinks and timers (<c>AddVoiceAnalyticsCore</c>).
    /// </summary>
    public static IServiceCollection AddOpsHealth(this IServiceCollection services)
    {
        // Idempotent (TryAdd*): AddVoiceAnalyticsCore calls it, and a host may call it again.
        services.AddOptions<OpsAlertOptions>().BindConfiguration(OpsAlertOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddPagerDutyAlerts();
        services.AddSlackAlerts();
        services.TryAddSingleton<CallOutcomeReader>();
        services.TryAddSingleton<BusinessHours>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOpsRule, AgentDownRule>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOpsRule, CriticalErrorRateRule>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOpsRule, ElevatedErrorRateRule>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOpsRule, CriticalLatencyRule>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOpsRule, SustainedLatencyRule>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOpsRule, QueueBacklogRule>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOpsRule, TokenSpikeRule>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOpsRule, CostBurnRule>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOpsRule, ConnectionQualityRule>());
        services.TryAddSingleton<OpsRuleCatalog>();
        // Transient: the typed HTTP clients they hold are; the timer resolves them per run.
        services.TryAddTransient<OpsNotifier>();
        services.TryAddTransient<OpsAlertKeeper>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IScheduledJob, OpsHealthJob>());
        return services;
    }
}
