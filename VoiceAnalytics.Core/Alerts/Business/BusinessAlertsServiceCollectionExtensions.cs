using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.Slack;
using VoiceAnalytics.Core.Sinks;

namespace VoiceAnalytics.Core.Alerts.Business;

public static class BusinessAlertsServiceCollectionExtensions
{
    /// <summary>
    /// The <c>slack-alerts</c> sink: hot lead, meeting booked and competitor alerts to Slack #sales (section
    /// <c>BusinessAlerts</c>; the webhook is <c>Slack:Channels:sales</c>). Needs <see cref="Alerts.History.IAlertHistory"/>
    /// and <see cref="IOutbox"/>, which AddSinks registers.
    /// </summary>
    public static IServiceCollection AddBusinessAlerts(this IServiceCollection services)
    {
        services.AddSlackAlerts();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BusinessAlertOptions>().BindConfiguration(BusinessAlertOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BusinessAlertRules>();
        services.AddSingleton(sp => new SlackConnection(sp.GetRequiredService<IOptions<SlackOptions>>(), sp.GetRequiredService<SlackWebhookClient>));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISessionSink, BusinessAlertSink>());
        return services;
    }
}
