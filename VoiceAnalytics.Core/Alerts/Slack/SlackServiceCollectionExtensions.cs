using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Alerts.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="SlackWebhookClient"/> as a typed HTTP client bound to the <c>Slack</c> section. No resilience
    /// handler: the client owns Slack's retry rule (429 + <c>Retry-After</c>, nothing else) and the per-webhook pace,
    /// both on <see cref="TimeProvider"/>; a second retry layer would break the one-per-second pace.
    /// </summary>
    public static IServiceCollection AddSlackAlerts(this IServiceCollection services)
    {
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new WebhookRateGate(
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<SlackOptions>>().Value.MessageInterval));
        services.AddHttpClient<SlackWebhookClient>();
        return services;
    }
}
