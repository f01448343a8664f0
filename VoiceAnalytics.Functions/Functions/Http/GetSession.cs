using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Functions.Api;

namespace VoiceAnalytics.Functions.Functions.Http;

/// <summary><c>GET /api/sessions/{id}</c>: the session's status, the failure reason, the deliveries and the report once analyzed.</summary>
public sealed class GetSession(ISessionStore store, IDeliveryLedger ledger)
{
    [Function(nameof(GetSession))]
    [RequiresApiKey]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "sessions/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var record = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return Problems.NotFound(id);
        }

        var deliveries = await ledger.GetAsync(id, cancellationToken).ConfigureAwait(false);
        using var report = record.ReportJson is { } json ? JsonDocument.Parse(json) : null;
        return TypedResults.Ok(new SessionStatusResponse(
            record.SessionId,
            record.State.ToString().ToLowerInvariant(),
            record.FailureReason,
            record.ReceivedAt,
            record.UpdatedAt,
            [.. deliveries.Select(DeliveryResponse.From)],
            report?.RootElement.Clone()));
    }
}
