using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Functions.Api;

namespace VoiceAnalytics.Functions.Functions.Http;

/// <summary>
/// <c>GET /api/health</c>: can storage take a write (a tiny write and read back), how deep is the session queue and
/// how old its oldest message. 200 when storage can write, 503 with the same body when it cannot. No key: load
/// balancers and uptime checks call it, so it names the kind of failure, never a path or a message.
/// </summary>
public sealed class Health(IStorageProbe probe, ISessionQueue queue, TimeProvider time)
{
    [Function(nameof(Health))]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request, CancellationToken cancellationToken)
    {
        var storage = await probe.CheckAsync(cancellationToken).ConfigureAwait(false);
        var body = new HealthResponse(
            storage.CanWrite ? "ok" : "unavailable",
            new StorageHealth(storage.CanWrite, storage.Cause),
            await QueueAsync(cancellationToken).ConfigureAwait(false));
        return storage.CanWrite ? TypedResults.Ok(body) : TypedResults.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private async Task<QueueHealth> QueueAsync(CancellationToken cancellationToken)
    {
        try
        {
            var depth = await queue.CountAsync(cancellationToken).ConfigureAwait(false);
            var oldest = await queue.OldestEnqueuedAtAsync(cancellationToken).ConfigureAwait(false);
            var age = oldest is { } at ? Math.Max(0, Math.Round((time.GetUtcNow() - at).TotalSeconds, 1)) : (double?)null;
            return new QueueHealth(depth, age, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new QueueHealth(null, null, StorageFailure.From(ex)?.Cause ?? "error");
        }
    }
}
