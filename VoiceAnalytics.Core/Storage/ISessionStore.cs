namespace VoiceAnalytics.Core.Storage;

/// <summary>
/// The raw payloads and their status. <see cref="AcceptAsync"/> stores the body byte-for-byte and commits the queue
/// message before it returns: once it has returned, nothing may lose the session.
/// </summary>
public interface ISessionStore
{
    Task<IntakeOutcome> AcceptAsync(SessionSubmission submission, CancellationToken cancellationToken);

    /// <summary>The stored body, exactly as received, or null when the session is unknown.</summary>
    Task<byte[]?> GetPayloadAsync(string sessionId, CancellationToken cancellationToken);

    Task<SessionRecord?> GetAsync(string sessionId, CancellationToken cancellationToken);

    Task MarkProcessingAsync(string sessionId, CancellationToken cancellationToken);

    Task MarkAnalyzedAsync(string sessionId, string reportJson, CancellationToken cancellationToken);

    Task MarkFailedAsync(string sessionId, string reason, CancellationToken cancellationToken);
}
