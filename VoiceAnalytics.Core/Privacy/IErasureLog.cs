namespace VoiceAnalytics.Core.Privacy;

/// <summary>
/// The privacy stage's own record: erasure receipts (the audit) and the tombstones of erased sessions, which the
/// pipeline checks so a replayed message or an analysis in flight cannot bring an erased person back.
/// </summary>
public interface IErasureLog
{
    /// <summary>Records the tombstones before anything is erased, so a pipeline write racing the erasure sees them.</summary>
    Task TombstoneAsync(string erasureId, IReadOnlyList<string> sessionIds, DateTimeOffset at, CancellationToken cancellationToken);

    Task<bool> IsErasedAsync(string sessionId, CancellationToken cancellationToken);

    Task SaveAsync(ErasureReceipt receipt, CancellationToken cancellationToken);

    Task<ErasureReceipt?> GetAsync(string erasureId, CancellationToken cancellationToken);
}
