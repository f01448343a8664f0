namespace VoiceAnalytics.Core.Storage;

/// <summary>
/// The raw payloads and their status. <see cref="AcceptAsync"/> stores the body byte-for-byte and commits the queue
/// message before it returns: once it has returned, nothing may lose the session.
/// </summary>
public interface ISessionStore
{
    /// <summary>
    /// Stores and enqueues a new session; the same body again is a <see cref="IntakeOutcome.Duplicate"/>, or
    /// <see cref="IntakeOutcome.Retried"/> (set back to received and enqueued again) when the session had failed.
    /// </summary>
    Task<IntakeOutcome> AcceptAsync(SessionSubmission submission, CancellationToken cancellationToken);

    /// <summary>
    /// Sets a failed session back to received and enqueues it again, its stored body unchanged; committed before it
    /// returns. Answers the state the session was in: <see cref="SessionState.Failed"/> when it was re-queued, any
    /// other state when it was left as it was, null when the session is unknown.
    /// </summary>
    Task<SessionState?> RetryAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>The stored body, exactly as received, or null when the session is unknown.</summary>
    Task<byte[]?> GetPayloadAsync(string sessionId, CancellationToken cancellationToken);

    Task<SessionRecord?> GetAsync(string sessionId, CancellationToken cancellationToken);

    Task MarkProcessingAsync(string sessionId, CancellationToken cancellationToken);

    Task MarkAnalyzedAsync(string sessionId, string reportJson, CancellationToken cancellationToken);

    Task MarkFailedAsync(string sessionId, string reason, CancellationToken cancellationToken);
}
