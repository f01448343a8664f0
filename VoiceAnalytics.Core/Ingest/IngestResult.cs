using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Storage;

namespace VoiceAnalytics.Core.Ingest;

/// <summary>What happened to a body: invalid (with every fault), or the store's outcome for its session.</summary>
public sealed record IngestResult(string? SessionId, IntakeOutcome? Outcome, IReadOnlyList<PayloadError> Errors)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>Where the session is after this body: received when it was stored or queued again, its current state for a duplicate; null when invalid or refused.</summary>
    public SessionState? State { get; init; }

    public static IngestResult Invalid(IReadOnlyList<PayloadError> errors) => new(null, null, errors);
}
