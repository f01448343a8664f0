using System.Diagnostics.CodeAnalysis;

namespace VoiceAnalytics.Core.Contracts;

/// <summary>A parsed payload, or the faults that refuse it (a <see cref="PayloadFaults"/>: the first 100, with the total).</summary>
public sealed record PayloadParseResult(SessionPayload? Payload, IReadOnlyList<PayloadError> Errors)
{
    [MemberNotNullWhen(true, nameof(Payload))]
    public bool IsValid => Payload is not null && !Errors.Any(e => e.Severity == FaultSeverity.Error);
}
