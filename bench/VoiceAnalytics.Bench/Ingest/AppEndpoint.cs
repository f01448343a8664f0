using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using VoiceAnalytics.Bench.Support;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.LocalHost.Hosting;

namespace VoiceAnalytics.Bench.Ingest;

/// <summary>
/// The real app (VoiceAnalyticsHost.Build: Kestrel, middleware, ingest, SQLite, the local queue pump) on a free
/// port of 127.0.0.1 with a fresh database in a temp folder, or in a given folder that outlives it (a restart on
/// the same data).
/// </summary>
public sealed class AppEndpoint : IAsyncDisposable
{
    public const string ApiKey = "bench-key";

    private readonly WebApplication _app;
    private readonly TempFolder? _ownedFolder;

    private AppEndpoint(WebApplication app, TempFolder? ownedFolder, Uri endpoint)
    {
        _app = app;
        _ownedFolder = ownedFolder;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    /// <summary>The app's services: the scale harness runs its jobs and readers as the app would.</summary>
    public IServiceProvider Services => _app.Services;

    /// <param name="withPump">false leaves the queue unread: sessions stay <c>received</c>.</param>
    /// <param name="dataFolder">The data folder to use and keep (the caller deletes it); null: a fresh one, deleted on dispose.</param>
    public static async Task<AppEndpoint> StartAsync(bool withPump, TempFolder? dataFolder = null)
    {
        var ownedFolder = dataFolder is null ? new TempFolder() : null;
        var folder = dataFolder ?? ownedFolder!;
        var app = VoiceAnalyticsHost.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Path"] = folder.Path,
                ["Ingest:ApiKey"] = ApiKey,
            });

            // Request logging would measure the console; warnings and errors still show, on stderr with the
            // progress, so stdout keeps only the tables.
            builder.Logging.ClearProviders();
            builder.Logging.AddSimpleConsole();
            builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
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
        return new AppEndpoint(app, ownedFolder, new Uri(new Uri(BareKestrelEndpoint.BoundAddress(app)), "/api/sessions"));
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

    /// <summary>
    /// Bytes the raw bodies take per stored session: every page (b-tree and overflow) of the intake tables from
    /// <c>dbstat</c> (https://www.sqlite.org/dbstat.html), or null when this SQLite build lacks that table.
    /// </summary>
    public double? IntakeBytesPerSession()
    {
        using var connection = _app.Services.GetRequiredService<SqliteDatabase>().Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT SUM(pgsize) FROM dbstat WHERE name IN ('ingested_sessions', 'ingested_bodies')) * 1.0
                 / (SELECT COUNT(*) FROM ingested_sessions);
            """;
        try
        {
            return command.ExecuteScalar() is double bytes ? bytes : null;
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    /// <summary>A consistent, compacted copy of the database (<c>VACUUM INTO</c>), for tools with <c>dbstat</c> (python3's sqlite3).</summary>
    public void CopyDatabaseTo(string file)
    {
        File.Delete(file);
        using var connection = _app.Services.GetRequiredService<SqliteDatabase>().Open();
        using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $file;";
        command.Parameters.AddWithValue("$file", file);
        command.ExecuteNonQuery();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        SqliteConnection.ClearAllPools();
        _ownedFolder?.Dispose();
    }
}
