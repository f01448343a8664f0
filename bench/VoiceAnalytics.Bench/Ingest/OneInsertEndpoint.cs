using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using VoiceAnalytics.Bench.Support;

namespace VoiceAnalytics.Bench.Ingest;

/// <summary>
/// The floor a durable intake must beat: Kestrel that reads the body and answers 202 after one INSERT of it,
/// committed on its own in a WAL database with synchronous=FULL (one fsync per request), and nothing else: no
/// validation, no queue message, no idempotency check.
/// </summary>
public sealed class OneInsertEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TempFolder _folder;

    private OneInsertEndpoint(WebApplication app, TempFolder folder, Uri endpoint)
    {
        _app = app;
        _folder = folder;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public static async Task<OneInsertEndpoint> StartAsync()
    {
        var folder = new TempFolder();
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder.Path, "one-insert.db"), Pooling = true, DefaultTimeout = 30 }.ToString();
        using (var setup = new SqliteConnection(connectionString))
        {
            setup.Open();
            using var command = setup.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE bodies (id INTEGER PRIMARY KEY, body BLOB NOT NULL);";
            command.ExecuteNonQuery();
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/api/sessions", (HttpRequest request, CancellationToken cancellationToken) => InsertAsync(connectionString, request, cancellationToken));
        await app.StartAsync().ConfigureAwait(false);
        return new OneInsertEndpoint(app, folder, new Uri(new Uri(BareKestrelEndpoint.BoundAddress(app)), "/api/sessions"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private static async Task<IResult> InsertAsync(string connectionString, HttpRequest request, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken).ConfigureAwait(false);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000; INSERT INTO bodies (body) VALUES ($body);";
        command.Parameters.AddWithValue("$body", body.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.StatusCode(StatusCodes.Status202Accepted);
    }
}
