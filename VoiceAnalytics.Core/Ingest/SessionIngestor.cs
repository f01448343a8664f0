using System.Security.Cryptography;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Telemetry;

namespace VoiceAnalytics.Core.Ingest;

/// <summary>Validates a raw body and hands it, byte-for-byte, to the store, which also enqueues it.</summary>
public sealed class SessionIngestor
{
    private readonly ISessionStore _store;
    private readonly TimeProvider _time;
    private readonly VoiceAnalyticsTelemetry _telemetry;

    public SessionIngestor(ISessionStore store, TimeProvider time, VoiceAnalyticsTelemetry telemetry)
    {
        _store = store;
        _time = time;
        _telemetry = telemetry;
    }

    public async Task<IngestResult> IngestAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var parsed = PayloadParser.Parse(body);
        if (!parsed.IsValid)
        {
            return IngestResult.Invalid(parsed.Errors);
        }

        var sessionId = parsed.Payload.SessionId;
        using var activity = _telemetry.StartActivity("IngestSession", sessionId);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(body.Span));
        var outcome = await _store.AcceptAsync(new SessionSubmission(sessionId, body, sha256, _time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        activity?.SetTag("outcome", outcome.ToString());
        if (outcome != IntakeOutcome.Conflict)
        {
            _telemetry.SessionIngested(outcome);
        }

        return new IngestResult(sessionId, outcome, []);
    }
}
