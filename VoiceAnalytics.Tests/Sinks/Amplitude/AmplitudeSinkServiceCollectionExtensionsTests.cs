using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Sinks.Amplitude;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Sinks.Amplitude;

public sealed class AmplitudeSinkServiceCollectionExtensionsTests : IDisposable
{
    private readonly AmplitudeServer _amplitude = new();
    private readonly SqliteStores _stores = new();

    public void Dispose()
    {
        _amplitude.Dispose();
        _stores.Dispose();
    }

    [Fact]
    public async Task AddAmplitudeSink_WithApiKey_RegistersASinkThatUploadsToTheEndpoint()
    {
        _amplitude.AcceptAll();
        await using var provider = CreateProvider(new() { ["Amplitude:ApiKey"] = "key-from-config", ["Amplitude:Endpoint"] = _amplitude.Settings.Endpoint });
        var (session, report) = AnalyzedSessions.Analyze("abandoned_short_call.json", "amp-di-1", _stores.Time.GetUtcNow());

        var sink = Assert.Single(provider.GetServices<ISessionSink>());
        await sink.DeliverAsync(session, report, CancellationToken.None);

        Assert.Equal("amplitude", sink.Name);
        var upload = Assert.Single(_amplitude.Uploads());
        Assert.Equal("key-from-config", AmplitudeServer.BodyOf(upload).GetProperty("api_key").GetString());
    }

    [Fact]
    public async Task AddAmplitudeSink_WithoutApiKey_StillResolvesAndWritesToTheOutbox()
    {
        await using var provider = CreateProvider([]);
        var (session, report) = AnalyzedSessions.Analyze("abandoned_short_call.json", "amp-di-2", _stores.Time.GetUtcNow());

        await Assert.Single(provider.GetServices<ISessionSink>()).DeliverAsync(session, report, CancellationToken.None);

        Assert.Single(await provider.GetRequiredService<IOutbox>().ListAsync("amplitude", "amp-di-2", 10, CancellationToken.None));
        Assert.Empty(_amplitude.Server.LogEntries);
    }

    private ServiceProvider CreateProvider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSingleton<IOutbox>(new SqliteOutbox(_stores.Database, _stores.Time))
            .AddLogging();
        services.AddAmplitudeSink();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
