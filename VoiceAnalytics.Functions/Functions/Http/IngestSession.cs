using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Ingest;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Functions.Api;

namespace VoiceAnalytics.Functions.Functions.Http;

/// <summary>
/// <c>POST /api/sessions</c>: authenticate, check type and size, validate, store byte-for-byte and enqueue, then
/// answer 202 with the status URL. Nothing is acknowledged before it is durable. The same body again answers 202
/// with the session's current status (and queues it again if it had failed).
/// </summary>
public sealed class IngestSession
{
    private readonly RequestAuthenticator _authenticator;
    private readonly SessionIngestor _ingestor;
    private readonly IOptionsMonitor<IngestOptions> _options;

    public IngestSession(RequestAuthenticator authenticator, SessionIngestor ingestor, IOptionsMonitor<IngestOptions> options)
    {
        _authenticator = authenticator;
        _ingestor = ingestor;
        _options = options;
    }

    [Function(nameof(IngestSession))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "sessions")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var limit = _options.CurrentValue.MaxBodyBytes;
        var key = request.Headers[ApiKeyFilter.Header].ToString();
        var signature = request.Headers["X-Signature"].ToString();

        // Refuse what can be refused without reading the body.
        if (_authenticator.CheckKey(key) is { IsAuthenticated: false } badKey)
        {
            return Problems.Unauthorized(badKey.Reason);
        }

        if (string.IsNullOrEmpty(key) && string.IsNullOrEmpty(signature))
        {
            return Problems.Unauthorized("Send an x-functions-key header or an X-Signature header.");
        }

        if (!IsJson(request.ContentType))
        {
            return Problems.UnsupportedMediaType(request.ContentType);
        }

        if (BodyReader.DeclaresTooMuch(request, limit))
        {
            return Problems.TooLarge(limit);
        }

        var body = await BodyReader.ReadAsync(request, limit, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return Problems.TooLarge(limit);
        }

        var auth = _authenticator.Check(key, signature, body);
        if (!auth.IsAuthenticated)
        {
            return Problems.Unauthorized(auth.Reason);
        }

        var result = await _ingestor.IngestAsync(body, cancellationToken).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return Problems.Invalid(result.Errors, result.ErrorCount);
        }

        var sessionId = result.SessionId!;
        if (result.Outcome == IntakeOutcome.Conflict)
        {
            return Problems.Conflict(sessionId);
        }

        if (result.Outcome == IntakeOutcome.Erased)
        {
            return Problems.Erased(sessionId);
        }

        // A repeat (the same document, however it is written) reports where the session is now; a repeat of a
        // failed session has just been queued again, so it is received.
        var location = $"/api/sessions/{Uri.EscapeDataString(sessionId)}";
        var repeat = result.Outcome is IntakeOutcome.Duplicate or IntakeOutcome.Retried;
        return TypedResults.Accepted(location, new AcceptedResponse(sessionId, (result.State ?? SessionState.Received).ToString().ToLowerInvariant(), repeat, location)
        {
            Warnings = [.. result.Warnings.Select(w => new PayloadWarning(w.Path, w.Message))],
            WarningCount = result.WarningCount,
        });
    }

    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType) || !Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return false;
        }

        var type = media.MediaType.Value ?? "";
        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }
}
