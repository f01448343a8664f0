using Microsoft.Azure.Functions.Worker;

namespace VoiceAnalytics.Functions.Functions.Http;

/// <summary><c>GET /api/health</c>: the app is up and answering. No key: load balancers and uptime checks call it.</summary>
public sealed class Health
{
    [Function(nameof(Health))]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) =>
        TypedResults.Ok(new HealthStatus("ok"));
}

/// <summary>The body of <c>GET /api/health</c>.</summary>
public sealed record HealthStatus([property: System.Text.Json.Serialization.JsonPropertyName("status")] string Status);
