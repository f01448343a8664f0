using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Timers;
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

    /// <summary>The timer trigger binding name in the timers' function.json.</summary>
    public const string TimerBinding = "timer";

    public static IEndpointRouteBuilder MapCustomHandlerInvocations(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/ProcessSession", async (JsonElement invocation, ProcessSession function, CancellationToken cancellationToken) =>
        {
            var message = ReadMessage(invocation);
            var dequeueCount = invocation.TryGetProperty("Metadata", out var metadata) && metadata.TryGetProperty("DequeueCount", out var count) && count.TryGetInt64(out var n) ? n : 1;
            var report = await function.RunAsync(message, dequeueCount, cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(InvocationResult.WithLog($"Session {report.SessionId} analyzed"));
        });
        foreach (var timer in endpoints.ServiceProvider.GetServices<ITimerFunction>())
        {
            endpoints.MapPost("/" + timer.Name, (JsonElement invocation, TimerRunner runner, IOptions<TimerOptions> options, TimeProvider time, CancellationToken cancellationToken) =>
                RunTimerAsync(timer, invocation, runner, options.Value, time, cancellationToken));
        }

        return endpoints;
    }

    /// <summary>
    /// A timerTrigger invocation: <c>{"Data": {"timer": {"IsPastDue": ...}}}</c>. The host schedules and keeps one
    /// instance per run; the occurrence is the schedule's latest at or before now, and the lease store makes a
    /// duplicate invocation of the same occurrence a no-op, as locally.
    /// </summary>
    private static async Task<IResult> RunTimerAsync(ITimerFunction timer, JsonElement invocation, TimerRunner runner, TimerOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        var isPastDue = invocation.TryGetProperty("Data", out var data) && data.TryGetProperty(TimerBinding, out var info)
            && info.ValueKind == JsonValueKind.Object && info.TryGetProperty("IsPastDue", out var pastDue) && pastDue.ValueKind == JsonValueKind.True;
        var now = time.GetUtcNow();
        var occurrence = options.ScheduleFor(timer.Name).LatestBetween(now.AddDays(-8), now) ?? now;
        var ran = await runner.RunOccurrenceAsync(timer, occurrence, isPastDue, cancellationToken).ConfigureAwait(false);
        var log = ran ? $"{timer.Name} ran for {occurrence:O}" : $"{timer.Name} for {occurrence:O} already ran";
        return TypedResults.Ok(InvocationResult.WithLog(log));
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

/// <summary>The custom handler's answer, with the exact property names of the Functions host's contract.</summary>
public sealed record InvocationResult(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue)
{
    public static InvocationResult WithLog(string log) => new(new Dictionary<string, object?>(), [log], null);
}
