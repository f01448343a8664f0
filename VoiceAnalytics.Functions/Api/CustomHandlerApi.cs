using System.Text.Json;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Functions.Functions;

namespace VoiceAnalytics.Functions.Api;

/// <summary>
/// Invocation endpoints for the Azure Functions host when the app runs as a custom handler
/// (learn.microsoft.com/azure/azure-functions/functions-custom-handlers): the host POSTs
/// <c>{"Data": {binding: value}, "Metadata": {...}}</c> to <c>/{FunctionName}</c> and reads
/// <c>{"Outputs": {}, "Logs": [], "ReturnValue": ...}</c>; a non-2xx answer fails the invocation, so the host retries
/// and finally moves the message to <c>{queue}-poison</c>. HTTP triggers are forwarded as they are
/// (<c>enableForwardingHttpRequest</c>) and reach the same routes as locally.
/// </summary>
public static class CustomHandlerApi
{
    /// <summary>The queue trigger binding name in <c>ProcessSession/function.json</c>.</summary>
    public const string QueueBinding = "message";

    public static IEndpointRouteBuilder MapCustomHandlerInvocations(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/ProcessSession", async (JsonElement invocation, ProcessSession function, CancellationToken cancellationToken) =>
        {
            var message = ReadMessage(invocation);
            var dequeueCount = invocation.TryGetProperty("Metadata", out var metadata) && metadata.TryGetProperty("DequeueCount", out var count) && count.TryGetInt64(out var n) ? n : 1;
            var report = await function.RunAsync(message, dequeueCount, cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new { Outputs = new { }, Logs = new[] { $"Session {report.SessionId} analyzed" }, ReturnValue = (object?)null });
        });
        return endpoints;
    }

    private static SessionMessage ReadMessage(JsonElement invocation)
    {
        var data = invocation.GetProperty("Data").GetProperty(QueueBinding);
        // The host passes the message text as a JSON string, or as the object when the text is JSON.
        return data.ValueKind == JsonValueKind.String
            ? SessionMessage.FromJson(data.GetString()!)
            : data.Deserialize<SessionMessage>() ?? throw new JsonException("The queue message is null.");
    }
}
