using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Storage;

namespace VoiceAnalytics.Core.Ingest;

/// <summary>
/// What happened to a body: invalid (with its errors: the first 100 and the count of all), or the store's outcome for
/// its session, with the warnings of the entries that were skipped (the first 100 and the count of all).
/// </summary>
public sealed record IngestResult(string? SessionId, IntakeOutcome? Outcome, IReadOnlyList<PayloadError> Errors)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>Every error found, listed or not.</summary>
    public int ErrorCount { get; init; }

    /// <summary>Entries of the agent-defined sections that were skipped (the first 100); the body is kept as sent.</summary>
    public IReadOnlyList<PayloadError> Warnings { get; init; } = [];

    /// <summary>Every warning found, listed or not.</summary>
    public int WarningCount { get; init; }

    /// <summary>Where the session is after this body: received when it was stored or queued again, its current state for a duplicate; null when invalid or refused.</summary>
    public SessionState? State { get; init; }

    public static IngestResult Invalid(PayloadParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return new(null, null, parsed.Errors.Errors) { ErrorCount = parsed.Errors.ErrorCount };
    }
}
