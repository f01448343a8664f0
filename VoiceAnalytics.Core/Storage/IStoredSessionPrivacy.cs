namespace VoiceAnalytics.Core.Storage;

/// <summary>
/// What the privacy stage asks of the session store (raw payloads, status, reports, checkpoints, queue): find a
/// person's sessions through the keyed email hash indexed at intake, erase a session, redact one, and delete
/// payloads past retention. Implemented for both storage modes.
/// </summary>
public interface IStoredSessionPrivacy
{
    /// <summary>Sessions whose payload was indexed under <paramref name="emailHash"/> at intake (no payload is read).</summary>
    Task<IReadOnlyList<string>> FindByEmailHashAsync(string emailHash, int max, CancellationToken cancellationToken);

    /// <summary>Removes what still indexes <paramref name="emailHash"/> (Blob: the <c>people/</c> entries; SQLite: the column went with the rows).</summary>
    Task<int> ForgetIndexAsync(string emailHash, CancellationToken cancellationToken);

    /// <summary>Drops the payload, its status, its report, its checkpoints, and its waiting queue messages.</summary>
    Task<StoredSessionErasure> EraseAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>
    /// Rewrites the payload and the report with <paramref name="redact"/> (JSON in, JSON out) and deletes the
    /// checkpoints (analysis is done; the warehouse and the report keep the results). False when the session is gone.
    /// </summary>
    Task<bool> RedactAsync(string sessionId, Func<byte[], byte[]> redact, Func<string, string> redactReport, CancellationToken cancellationToken);

    /// <summary>Deletes up to <paramref name="max"/> payloads (with status, report, checkpoints) received before <paramref name="cutoff"/>.</summary>
    Task<int> DeleteReceivedBeforeAsync(DateTimeOffset cutoff, int max, CancellationToken cancellationToken);

    /// <summary>Makes deleted bytes unrecoverable from the store's files where it can (SQLite: a WAL checkpoint).</summary>
    Task CompactAsync(CancellationToken cancellationToken);
}

/// <summary>What one session's erasure removed from the session store.</summary>
public sealed record StoredSessionErasure(int Payloads, int Reports, int Checkpoints, int QueueMessages, int IndexEntries)
{
    public static readonly StoredSessionErasure None = new(0, 0, 0, 0, 0);

    public StoredSessionErasure Add(StoredSessionErasure other) =>
        new(Payloads + other.Payloads, Reports + other.Reports, Checkpoints + other.Checkpoints, QueueMessages + other.QueueMessages, IndexEntries + other.IndexEntries);
}
