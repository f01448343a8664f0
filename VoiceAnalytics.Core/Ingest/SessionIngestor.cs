using System.Security.Cryptography;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Telemetry;

namespace VoiceAnalytics.Core.Ingest;

/// <summary>
/// Validates a raw body and hands it, byte-for-byte, to the store, which also enqueues it. The same document again
/// (keyed by its canonical form, <see cref="JsonContentHash"/>) is a duplicate, or re-queues the session when it had
/// failed; <see cref="RetryAsync"/> re-queues a failed session without its body.
/// </summary>
public sealed class SessionIngestor
{
    private readonly ISessionStore _store;
    private readonly TimeProvider _time;
    private readonly VoiceAnalyticsTelemetry _telemetry;

    private readonly Privacy.PersonRedactions? _people;
    private readonly Privacy.IErasureLog? _erasures;
    private readonly QueueSignal? _signal;

    public SessionIngestor(
        ISessionStore store, TimeProvider time, VoiceAnalyticsTelemetry telemetry, Privacy.PersonRedactions? people = null, Privacy.IErasureLog? erasures = null,
        QueueSignal? signal = null)
    {
        _people = people;
        _erasures = erasures;
        _signal = signal;
        _store = store;
        _time = time;
        _telemetry = telemetry;
    }

    public async Task<IngestResult> IngestAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var parsed = PayloadParser.Parse(body);
        if (!parsed.IsValid)
        {
            return IngestResult.Invalid(parsed);
        }

        var sessionId = parsed.Payload.SessionId;
        using var activity = _telemetry.StartActivity("IngestSession", sessionId);
        if (_erasures is not null && await _erasures.IsErasedAsync(sessionId, cancellationToken).ConfigureAwait(false))
        {
            // The pipeline drops an erased session's messages, so storing it again would accept what is never analyzed.
            activity?.SetTag("outcome", nameof(IntakeOutcome.Erased));
            return new IngestResult(sessionId, IntakeOutcome.Erased, []);
        }

        var key = JsonContentHash.Compute(body);
        var bytes = Convert.ToHexStringLower(SHA256.HashData(body.Span));
        var submission = new SessionSubmission(sessionId, body, key, _time.GetUtcNow()) {
            BodySha256 = bytes == key ? null : bytes,
            EmailHash = parsed.Payload.UserEmail is { Length: > 0 } email && !string.IsNullOrWhiteSpace(email) ? _people?.IndexOf(email) : null,
        };
        var outcome = await _store.AcceptAsync(submission, cancellationToken).ConfigureAwait(false);
        activity?.SetTag("outcome", outcome.ToString());
        if (outcome is not (IntakeOutcome.Conflict or IntakeOutcome.Erased))
        {
            _telemetry.SessionIngested(outcome);
        }

        if (outcome is IntakeOutcome.Accepted or IntakeOutcome.Resubmitted or IntakeOutcome.Retried)
        {
            _signal?.Notify(); // committed and enqueued: wake an idle pump now
        }

        var state = outcome switch
        {
            // A duplicate changed nothing: answer where the session is now.
            IntakeOutcome.Duplicate => (await _store.GetAsync(sessionId, cancellationToken).ConfigureAwait(false))?.State ?? SessionState.Received,
            IntakeOutcome.Conflict => (SessionState?)null,
            _ => SessionState.Received,
        };
        return new IngestResult(sessionId, outcome, []) { State = state, Warnings = parsed.Warnings, WarningCount = parsed.WarningCount };
    }

    /// <summary>Re-queues a failed session with its stored body; the state it was in, or null when it is unknown.</summary>
    public async Task<SessionState?> RetryAsync(string sessionId, CancellationToken cancellationToken)
    {
        using var activity = _telemetry.StartActivity("RetrySession", sessionId);
        var before = await _store.RetryAsync(sessionId, cancellationToken).ConfigureAwait(false);
        activity?.SetTag("state", before?.ToString() ?? "unknown");
        if (before == SessionState.Failed)
        {
            _telemetry.SessionIngested(IntakeOutcome.Retried);
            _signal?.Notify();
        }

        return before;
    }
}
