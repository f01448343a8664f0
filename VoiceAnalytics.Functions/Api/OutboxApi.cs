using System.Text.Json;
using VoiceAnalytics.Core.Ingest;
using VoiceAnalytics.Core.Sinks;

namespace VoiceAnalytics.Functions.Api;

/// <summary><c>GET /api/outbox?sink=&amp;session_id=&amp;limit=</c>: what unconfigured destinations would have sent.</summary>
public static class OutboxApi
{
    public static IEndpointRouteBuilder MapOutboxApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/outbox", async (HttpRequest request, RequestAuthenticator authenticator, IOutbox outbox, string? sink, string? session_id, int? limit, CancellationToken cancellationToken) =>
        {
            if (authenticator.CheckKey(request.Headers["x-functions-key"].ToString()) is not { IsAuthenticated: true })
            {
                return Problems.Unauthorized("Send a valid x-functions-key header.");
            }

            var entries = await outbox.ListAsync(sink, session_id, Math.Clamp(limit ?? 100, 1, 1000), cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(entries.Select(e => new
            {
                id = e.Id,
                sink = e.Sink,
                destination = e.Destination,
                message_key = e.MessageKey,
                session_id = e.SessionId,
                created_at = e.CreatedAt,
                payload = JsonDocument.Parse(e.Payload).RootElement.Clone(),
            }));
        });
        return endpoints;
    }
}
