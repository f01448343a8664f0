using VoiceAnalytics.Functions.Functions;

namespace VoiceAnalytics.Functions.Api;

/// <summary>The public HTTP API: ingest and status.</summary>
public static class SessionsApi
{
    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/sessions", (HttpRequest request, IngestSession function, CancellationToken cancellationToken) =>
            function.RunAsync(request, cancellationToken));
        endpoints.MapGet("/api/sessions/{id}", (string id, HttpRequest request, GetSession function, CancellationToken cancellationToken) =>
            function.RunAsync(id, request.Headers["x-functions-key"].ToString(), cancellationToken));
        endpoints.MapGet("/api/health", () => TypedResults.Ok(new { status = "ok" }));
        return endpoints;
    }
}
