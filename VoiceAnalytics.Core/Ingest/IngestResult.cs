using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Storage;

namespace VoiceAnalytics.Core.Ingest;

/// <summary>What happened to a body: invalid (with every fault), or the store's outcome for its session.</summary>
public sealed record IngestResult(string? SessionId, IntakeOutcome? Outcome, IReadOnlyList<PayloadError> Errors)
{
    public bool IsValid => Errors.Count == 0;

    public static IngestResult Invalid(IReadOnlyList<PayloadError> errors) => new(null, null, errors);
}
