using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VoiceAnalytics.Bench.Support;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Functions.Hosting;

namespace VoiceAnalytics.Bench.Ingest;

/// <summary>
/// The real app (VoiceAnalyticsHost.Build: Kestrel, middleware, ingest, SQLite, the local queue pump) on a free
/// port of 127.0.0.1 with a fresh database in a temp folder.
/// </summary>
public sealed class AppEndpoint : IAsyncDisposable
{
    public const string ApiKey = "bench-key";

    private readonly WebApplication _app;
    private readonly TempFolder _folder;

    private AppEndpoint(WebApplication app, TempFolder folder, Uri endpoint)
    {
        _app = app;
        _folder = folder;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public static async Task<AppEndpoint> StartAsync(bool withPump)
    {
        var folder = new TempFolder();
        var app = VoiceAnalyticsHost.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Path"] = folder.Path,
                ["Ingest:ApiKey"] = ApiKey,
            });

            // Request logging would measure the console; warnings and errors still show.
            builder.Logging.ClearProviders();
            builder.Logging.AddSimpleConsole();
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            if (!withPump)
            {
                foreach (var pump in builder.Services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(LocalQueuePump)).ToList())
                {
                    builder.Services.Remove(pump);
                }
            }
        });
        await app.StartAsync().ConfigureAwait(false);
        return new AppEndpoint(app, folder, new Uri(new Uri(BareKestrelEndpoint.BoundAddress(app)), "/api/sessions"));
    }

    /// <summary>Sessions per state in the store: how far the background pump got while the load ran.</summary>
    public IReadOnlyDictionary<string, long> SessionStates()
    {
        using var connection = _app.Services.GetRequiredService<SqliteDatabase>().Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT state, COUNT(*) FROM ingested_sessions GROUP BY state ORDER BY state;";
        using var reader = command.ExecuteReader();
        var states = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            states[reader.GetString(0)] = reader.GetInt64(1);
        }

        return states;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
