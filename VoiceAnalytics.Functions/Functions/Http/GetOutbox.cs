using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Functions.Api;

namespace VoiceAnalytics.Functions.Functions.Http;

/// <summary><c>GET /api/outbox?sink=&amp;session_id=&amp;limit=</c>: what unconfigured destinations would have sent, newest first.</summary>
public sealed class GetOutbox(IOutbox outbox)
{
    [Function(nameof(GetOutbox))]
    [RequiresApiKey]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "outbox")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var sink = request.Query["sink"].FirstOrDefault();
        var sessionId = request.Query["session_id"].FirstOrDefault();
        var limit = int.TryParse(request.Query["limit"].FirstOrDefault(), out var n) ? n : 100;
        var entries = await outbox.ListAsync(sink, sessionId, Math.Clamp(limit, 1, 1000), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(entries.Select(e => new OutboxEntryResponse(
            e.Id, e.Sink, e.Destination, e.MessageKey, e.SessionId, e.CreatedAt, JsonDocument.Parse(e.Payload).RootElement.Clone())).ToList());
    }
}
