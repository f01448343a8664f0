using System.Text.Json;
using VoiceAnalytics.Core.Ingest;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Functions.Api;

using Microsoft.Azure.Functions.Worker;

namespace VoiceAnalytics.Functions.Functions.Http;

/// <summary><c>GET /api/sessions/{id}</c>: the session's status, the failure reason, and the report once analyzed.</summary>
public sealed class GetSession
{
    private readonly RequestAuthenticator _authenticator;
    private readonly ISessionStore _store;
    private readonly IDeliveryLedger _ledger;

    public GetSession(RequestAuthenticator authenticator, ISessionStore store, IDeliveryLedger ledger)
    {
        _authenticator = authenticator;
        _store = store;
        _ledger = ledger;
    }

    [Function(nameof(GetSession))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "sessions/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var sessionId = id;
        if (_authenticator.CheckKey(request.Headers["x-functions-key"].ToString()) is not { IsAuthenticated: true })
        {
            return Problems.Unauthorized("Send a valid x-functions-key header.");
        }

        var record = await _store.GetAsync(sessionId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return Problems.NotFound(sessionId);
        }

        var deliveries = await _ledger.GetAsync(sessionId, cancellationToken).ConfigureAwait(false);
        using var report = record.ReportJson is { } json ? JsonDocument.Parse(json) : null;
        return TypedResults.Ok(new
        {
            session_id = record.SessionId,
            status = record.State.ToString().ToLowerInvariant(),
            failure_reason = record.FailureReason,
            received_at = record.ReceivedAt,
            updated_at = record.UpdatedAt,
            deliveries = deliveries.Select(d => new { sink = d.Sink, status = d.Status.ToString().ToLowerInvariant(), attempts = d.Attempts, last_error = d.LastError, updated_at = d.UpdatedAt }),
            report = report?.RootElement.Clone(),
        });
    }
}
