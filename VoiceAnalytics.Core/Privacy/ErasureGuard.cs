using Microsoft.Extensions.Logging;

namespace VoiceAnalytics.Core.Privacy;

/// <summary>
/// The pipeline's check against erased sessions: a message of a tombstoned session is dropped before anything is
/// written, and a session erased while it was being analyzed is erased again once its run has finished, so no row of
/// it is left after both are done.
/// </summary>
public sealed class ErasureGuard(IErasureLog log, PersonEraser eraser, ILogger<ErasureGuard> logger)
{
    public Task<bool> IsErasedAsync(string sessionId, CancellationToken cancellationToken) => log.IsErasedAsync(sessionId, cancellationToken);

    /// <summary>After a run: when the session was erased meanwhile, removes what the run wrote; true when it did.</summary>
    public async Task<bool> SweepIfErasedAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (!await log.IsErasedAsync(sessionId, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await eraser.SweepAsync(sessionId, cancellationToken).ConfigureAwait(false);
        PrivacyLog.Swept(logger, sessionId);
        return true;
    }

    public void Dropped(string sessionId) => PrivacyLog.DroppedErased(logger, sessionId);
}
