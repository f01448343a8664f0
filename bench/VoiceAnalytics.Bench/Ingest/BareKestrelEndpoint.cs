using System.Buffers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace VoiceAnalytics.Bench.Ingest;

/// <summary>The ceiling: Kestrel with one POST that reads the body to the end and answers 202, nothing else.</summary>
public sealed class BareKestrelEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BareKestrelEndpoint(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public static async Task<BareKestrelEndpoint> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/api/sessions", DrainAsync);
        await app.StartAsync().ConfigureAwait(false);
        return new BareKestrelEndpoint(app, new Uri(new Uri(BoundAddress(app)), "/api/sessions"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    internal static string BoundAddress(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.First()
        ?? throw new InvalidOperationException("Kestrel reported no address.");

    private static async Task<IResult> DrainAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            while (await request.Body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false) > 0)
            {
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return TypedResults.StatusCode(StatusCodes.Status202Accepted);
    }
}
