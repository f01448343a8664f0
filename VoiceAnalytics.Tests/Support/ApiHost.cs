using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VoiceAnalytics.LocalHost.Hosting;

namespace VoiceAnalytics.Tests.Support;

/// <summary>The real host (Kestrel, the real pipeline, the local queue pump) on a free port of 127.0.0.1.</summary>
public sealed class ApiHost : IAsyncDisposable
{
    public const string Key = "test-key";
    public const string Secret = "test-secret";

    private readonly WebApplication _app;
    private readonly TempFolder? _folder;

    private ApiHost(WebApplication app, TempFolder? folder, string dataPath, Uri address)
    {
        _app = app;
        _folder = folder;
        DataPath = dataPath;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public string DataPath { get; }

    /// <summary>Starts a host on a fresh data folder, or on <paramref name="dataPath"/> (kept after dispose, for restart tests).</summary>
    public static async Task<ApiHost> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string? dataPath = null)
    {
        var folder = dataPath is null ? new TempFolder() : null;
        dataPath ??= folder!.Path;
        var values = new Dictionary<string, string?>
        {
            ["Storage:Path"] = dataPath,
            ["Ingest:ApiKey"] = Key,
            ["Ingest:SigningSecret"] = Secret,
            ["Queue:PollInterval"] = "00:00:00.020",
            ["Queue:RetryBaseDelay"] = "00:00:00.050",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var app = VoiceAnalyticsHost.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(values);
            builder.Logging.ClearProviders();
            services?.Invoke(builder.Services);
        });
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ApiHost(app, folder, dataPath, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder?.Dispose();
    }
}
