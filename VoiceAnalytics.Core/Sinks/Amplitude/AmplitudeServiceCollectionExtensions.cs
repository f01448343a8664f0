using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Sinks.Amplitude;

public static class AmplitudeServiceCollectionExtensions
{
    /// <summary>
    /// The typed <see cref="AmplitudeClient"/> bound to the <c>Amplitude</c> section. No resilience handler: the client
    /// itself retries the way the API asks (429 waits, 413 splits, 400 drops and resends), which a generic retry would
    /// duplicate. Options are validated on first use, so an unconfigured Amplitude does not stop the host.
    /// </summary>
    public static IServiceCollection AddAmplitudeClient(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<AmplitudeOptions>().BindConfiguration(AmplitudeOptions.Section).ValidateDataAnnotations();
        services.AddHttpClient<AmplitudeClient>((provider, http) =>
            http.Timeout = provider.GetRequiredService<IOptions<AmplitudeOptions>>().Value.RequestTimeout);
        return services;
    }
}
