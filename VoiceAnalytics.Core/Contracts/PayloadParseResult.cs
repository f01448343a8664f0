using System.Diagnostics.CodeAnalysis;

namespace VoiceAnalytics.Core.Contracts;

public sealed record PayloadParseResult(SessionPayload? Payload, IReadOnlyList<PayloadError> Errors)
{
    [MemberNotNullWhen(true, nameof(Payload))]
    public bool IsValid => Payload is not null && Errors.Count == 0;
}
