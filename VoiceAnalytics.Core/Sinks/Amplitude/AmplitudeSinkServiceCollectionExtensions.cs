using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace VoiceAnalytics.Core.Sinks.Amplitude;

public static class AmplitudeSinkServiceCollectionExtensions
{
    /// <summary>
    /// The <c>amplitude</c> sink on the <see cref="AmplitudeClient"/> (section <c>Amplitude</c>). Whether an API key is
    /// set is read from the configuration itself, not from the validated options: those refuse an empty key, and an
    /// unconfigured Amplitude must still deliver (to the outbox).
    /// </summary>
    public static IServiceCollection AddAmplitudeSink(this IServiceCollection services)
    {
        services.AddAmplitudeClient();
        services.AddSingleton(sp =>
        {
            var section = sp.GetRequiredService<IConfiguration>().GetSection(AmplitudeOptions.Section);
            return new AmplitudeConnection(!string.IsNullOrWhiteSpace(section[nameof(AmplitudeOptions.ApiKey)]), sp.GetRequiredService<AmplitudeClient>);
        });
        services.AddSingleton(sp =>
        {
            var minIdLength = sp.GetRequiredService<IConfiguration>().GetSection(AmplitudeOptions.Section).GetValue<int?>(nameof(AmplitudeOptions.MinIdLength));
            return new AmplitudeEventMapper(minIdLength ?? AmplitudeIdentity.DefaultMinIdLength);
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISessionSink, AmplitudeSink>());
        return services;
    }
}
