using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Ingest;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Functions.Api;

namespace VoiceAnalytics.Functions.Functions.Http;

/// <summary>
/// <c>POST /api/sessions/{id}/retry</c>: analyze a failed session again from its stored body, without sending it
/// again. 202 with the status URL once it is queued again; 409 when the session has not failed (the problem says
/// its status); 404 for a session never received.
/// </summary>
public sealed class RetrySession(SessionIngestor ingestor)
{
    [Function(nameof(RetrySession))]
    [RequiresApiKey]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "sessions/{id}/retry")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var before = await ingestor.RetryAsync(id, cancellationToken).ConfigureAwait(false);
        if (before is not { } state)
        {
            return Problems.NotFound(id);
        }

        if (state != SessionState.Failed)
        {
            return Problems.NotFailed(id, state.ToString().ToLowerInvariant());
        }

        var location = $"/api/sessions/{Uri.EscapeDataString(id)}";
        return TypedResults.Accepted(location, new AcceptedResponse(id, "received", Duplicate: false, location));
    }
}
