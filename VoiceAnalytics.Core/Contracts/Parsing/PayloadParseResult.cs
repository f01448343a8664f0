using System.Diagnostics.CodeAnalysis;

namespace VoiceAnalytics.Core.Contracts.Parsing;

/// <summary>
/// A parsed payload with the warnings of its skipped entries, or the faults that refuse it. <see cref="Errors"/> holds
/// every fault (errors first, then warnings; the first 100 of each, with the totals).
/// </summary>
public sealed record PayloadParseResult(SessionPayload? Payload, PayloadFaults Errors)
{
    [MemberNotNullWhen(true, nameof(Payload))]
    public bool IsValid => Payload is not null && Errors.ErrorCount == 0;

    /// <summary>The entries that were skipped (kept, up to 100), when the payload was accepted.</summary>
    public IReadOnlyList<PayloadError> Warnings => Errors.Warnings;

    /// <summary>Every warning, kept or not.</summary>
    public int WarningCount => Errors.WarningCount;
}
