using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Warehouse;

namespace VoiceAnalytics.Core.Pipeline;

/// <summary>
/// Reads what analysis starts from: the stored payload, parsed, and the facts analyzers may not look up themselves
/// (a returning user's previous score). A session the store does not know throws <see cref="SessionNotFoundException"/>.
/// </summary>
public sealed class SessionInputLoader(ISessionStore store, ILeadHistory leadHistory)
{
    public async Task<SessionPayload> LoadSessionAsync(string sessionId, CancellationToken cancellationToken)
    {
        var body = await store.GetPayloadAsync(sessionId, cancellationToken).ConfigureAwait(false)
            ?? throw new SessionNotFoundException(sessionId);
        return PayloadParser.Deserialize(body);
    }

    public async Task<AnalysisInput> LoadInputAsync(string sessionId, CancellationToken cancellationToken)
    {
        var session = await LoadSessionAsync(sessionId, cancellationToken).ConfigureAwait(false);
        var previousLead = session.UserEmail is { Length: > 0 } email
            ? await leadHistory.FindPreviousAsync(email, sessionId, session.StartTime, cancellationToken).ConfigureAwait(false)
            : null;
        return AnalysisInput.ForSession(session) with { PreviousLead = previousLead };
    }
}
