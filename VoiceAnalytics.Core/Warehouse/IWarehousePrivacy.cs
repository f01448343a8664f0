using VoiceAnalytics.Core.Privacy;

namespace VoiceAnalytics.Core.Warehouse;

/// <summary>
/// What the privacy stage (retention job, erasure) asks of the warehouse. Every call is bounded (<c>max</c>) and
/// idempotent: a second run finds nothing left to do. Implemented by <c>Sqlite/SqliteWarehousePrivacy</c> and
/// <c>Cosmos/CosmosWarehousePrivacy</c> (same semantics; <c>Warehouse:Provider</c> selects one, docs/privacy.md
/// says what each costs).
/// </summary>
public interface IWarehousePrivacy
{
    /// <summary>Sessions whose <c>user_email</c> is the email or its redacted hash (indexed lookup).</summary>
    Task<IReadOnlyList<string>> FindSessionsAsync(string email, string emailHash, int max, CancellationToken cancellationToken);

    /// <summary>Deletes the sessions' rows in every table, and the leads keyed by the email or its hash.</summary>
    Task<WarehouseErasure> EraseAsync(IReadOnlyList<string> sessionIds, string? email, string? emailHash, CancellationToken cancellationToken);

    /// <summary>Sessions that ended before <paramref name="endedBefore"/>, not redacted yet, of any tier but <paramref name="retainedTier"/>, oldest first.</summary>
    Task<IReadOnlyList<RedactionCandidate>> ListToRedactAsync(DateTimeOffset endedBefore, string retainedTier, int max, CancellationToken cancellationToken);

    /// <summary>Redacts one session's rows (session, transcript and its index, analysis results) and re-keys its lead when no unredacted call of that email is left.</summary>
    Task<bool> RedactAsync(string sessionId, PersonRedaction redaction, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Rolls up to <paramref name="max"/> metric rows older than <paramref name="before"/> into the hourly summary and deletes them; the rows rolled up (Cosmos rolls up whole call documents, so the count may pass <paramref name="max"/> by the last call's turns).</summary>
    Task<int> RollUpMetricsAsync(DateTimeOffset before, int max, CancellationToken cancellationToken);

    /// <summary>Deletes up to <paramref name="max"/> alerts triggered before <paramref name="before"/>.</summary>
    Task<int> DeleteAlertsAsync(DateTimeOffset before, int max, CancellationToken cancellationToken);

    /// <summary>Makes deleted bytes unrecoverable from the files (SQLite: a WAL checkpoint with truncation; Cosmos: nothing the client can do).</summary>
    Task CompactAsync(CancellationToken cancellationToken);
}

/// <summary>A session due for redaction with the personal data it holds.</summary>
public sealed record RedactionCandidate(string SessionId, string? UserEmail, string? UserName);

/// <summary>Rows one erasure removed from the warehouse, per table.</summary>
public sealed record WarehouseErasure(int Sessions, int Transcripts, int TranscriptIndex, int Metrics, int AnalysisResults, int LlmCosts, int Leads, int Alerts)
{
    public static readonly WarehouseErasure None = new(0, 0, 0, 0, 0, 0, 0, 0);
}
