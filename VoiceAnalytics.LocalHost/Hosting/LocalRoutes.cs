using VoiceAnalytics.Functions.Functions.Http;

namespace VoiceAnalytics.LocalHost.Hosting;

/// <summary>
/// The Functions app's HTTP triggers on Kestrel, at the routes the Functions host gives them (<c>api/</c> + the
/// trigger's route): each route calls the very same function class, nothing is re-implemented here.
/// </summary>
public static class LocalRoutes
{
    public static IEndpointRouteBuilder MapFunctionRoutes(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/sessions", (HttpRequest request, IngestSession function, CancellationToken cancellationToken) =>
            function.Run(request, cancellationToken));
        endpoints.MapGet("/api/sessions/{id}", (string id, HttpRequest request, GetSession function, CancellationToken cancellationToken) =>
            function.Run(request, id, cancellationToken));
        endpoints.MapGet("/api/outbox", (HttpRequest request, GetOutbox function, CancellationToken cancellationToken) =>
            function.Run(request, cancellationToken));
        endpoints.MapGet("/api/health", (HttpRequest request, Health function) => function.Run(request));
        return endpoints;
    }
}
