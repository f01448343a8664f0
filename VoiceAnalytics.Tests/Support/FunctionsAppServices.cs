using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Functions;

namespace VoiceAnalytics.Tests.Support;

/// <summary>
/// The Functions app's own services (<c>AddVoiceAnalyticsFunctions</c>) over a data folder, as the worker builds them,
/// with a hook to wrap registered services (analyzers, sinks, jobs) before the provider is built.
/// </summary>
public static class FunctionsAppServices
{
    public static ServiceProvider Build(string dataPath, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? adjust = null)
    {
        var values = new Dictionary<string, string?> { ["Storage:Path"] = dataPath, ["Ingest:ApiKey"] = "test-key" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddVoiceAnalyticsFunctions(configuration);
        adjust?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>Replaces every registration of <typeparamref name="T"/> with <paramref name="wrap"/> applied to the instance it would have made.</summary>
    public static void Decorate<T>(IServiceCollection services, Func<T, T> wrap)
        where T : class
    {
        foreach (var descriptor in services.Where(d => d.ServiceType == typeof(T)).ToList())
        {
            services.Remove(descriptor);
            services.AddSingleton(sp => wrap((T)(descriptor.ImplementationInstance
                ?? descriptor.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!))));
        }
    }
}
