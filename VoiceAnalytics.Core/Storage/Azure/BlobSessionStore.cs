using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace VoiceAnalytics.Core.Storage.Azure;

/// <summary>
/// Raw payloads in Blob Storage (<c>payloads/{id}.json</c>, byte-for-byte) with their status as blob metadata, and
/// reports in <c>reports/{id}.json</c>. Blob and queue cannot share a transaction, so the payload is written first
/// with <c>enqueued=false</c>, then enqueued, then flagged: a request that dies in between leaves a stored,
/// unqueued session that the client's retry (a duplicate) enqueues; re-queueing a failed session takes the same
/// steps (status back to received with <c>enqueued=false</c>, enqueue, flag). The price is at-least-once: two requests racing
/// on that gap may both enqueue, which the pipeline tolerates (it is idempotent per session).
/// </summary>
public sealed class BlobSessionStore : ISessionStore
{
    // Attempts of an optimistic (ETag) write before giving up; each retry means someone else just wrote.
    private const int MaxAttempts = 5;
    private const string JsonContentType = "application/json";

    private readonly BlobContainerClient _container;
    private readonly ISessionQueue _queue;
    private readonly TimeProvider _time;
    private readonly CreateOnce _createContainer;

    public BlobSessionStore(BlobContainerClient container, ISessionQueue queue, TimeProvider time)
    {
        _container = container;
        _queue = queue;
        _time = time;
        _createContainer = new CreateOnce(ct => container.CreateIfNotExistsAsync(cancellationToken: ct));
    }

    internal static string PayloadName(string sessionId) => $"payloads/{sessionId}.json";

    internal static string ReportName(string sessionId) => $"reports/{sessionId}.json";

    public async Task<IntakeOutcome> AcceptAsync(SessionSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        await _createContainer.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var payload = _container.GetBlobClient(PayloadName(submission.SessionId));
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            // Most submissions are new, so try the create first; If-None-Match: * lets only one first write win.
            if (await TryUploadAsync(payload, submission, new BlobRequestConditions { IfNoneMatch = ETag.All }, cancellationToken).ConfigureAwait(false))
            {
                await IndexPersonAsync(submission, cancellationToken).ConfigureAwait(false);
                await MarkAsync(ActivityMarkers.Received, submission.SessionId, submission.ReceivedAt, cancellationToken).ConfigureAwait(false);
                await EnqueueAsync(payload, submission.SessionId, submission.Sha256, cancellationToken).ConfigureAwait(false);
                return IntakeOutcome.Accepted;
            }

            var current = await TryGetStatusAsync(payload, cancellationToken).ConfigureAwait(false);
            if (current is null)
            {
                continue; // deleted between the two calls: try the create again
            }

            var (status, etag) = current.Value;
            if (submission.IsSameBodyAs(status.Sha256))
            {
                if (status.State == SessionState.Failed)
                {
                    // The same body for a failed session: back to received and queued again, if nobody got there first.
                    if (await TryRequeueAsync(payload, submission.SessionId, status, etag, cancellationToken).ConfigureAwait(false))
                    {
                        return IntakeOutcome.Retried;
                    }

                    continue;
                }

                if (!status.Enqueued)
                {
                    await EnqueueAsync(payload, submission.SessionId, status.Sha256, cancellationToken).ConfigureAwait(false);
                }

                return IntakeOutcome.Duplicate;
            }

            if (status.State != SessionState.Failed)
            {
                return IntakeOutcome.Conflict;
            }

            // Replace the failed body only if nobody changed the blob since we read it.
            if (await TryUploadAsync(payload, submission, new BlobRequestConditions { IfMatch = etag }, cancellationToken).ConfigureAwait(false))
            {
                await DeleteCheckpointsAsync(submission.SessionId, cancellationToken).ConfigureAwait(false);
                await IndexPersonAsync(submission, cancellationToken).ConfigureAwait(false);
                await MarkAsync(ActivityMarkers.Received, submission.SessionId, submission.ReceivedAt, cancellationToken).ConfigureAwait(false);
                await EnqueueAsync(payload, submission.SessionId, submission.Sha256, cancellationToken).ConfigureAwait(false);
                return IntakeOutcome.Resubmitted;
            }
        }

        throw new InvalidOperationException($"Session {submission.SessionId} kept changing while it was being accepted; try again.");
    }

    public async Task<SessionState?> RetryAsync(string sessionId, CancellationToken cancellationToken)
    {
        await _createContainer.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var payload = _container.GetBlobClient(PayloadName(sessionId));
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await TryGetStatusAsync(payload, cancellationToken).ConfigureAwait(false) is not { } current)
            {
                return null;
            }

            if (current.Status.State != SessionState.Failed)
            {
                return current.Status.State;
            }

            if (await TryRequeueAsync(payload, sessionId, current.Status, current.ETag, cancellationToken).ConfigureAwait(false))
            {
                return SessionState.Failed;
            }
        }

        throw new InvalidOperationException($"Session {sessionId} kept changing while it was being re-queued; try again.");
    }

    public async Task<byte[]?> GetPayloadAsync(string sessionId, CancellationToken cancellationToken)
    {
        await _createContainer.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var content = await TryDownloadAsync(_container.GetBlobClient(PayloadName(sessionId)), cancellationToken).ConfigureAwait(false);
        return content?.ToArray();
    }

    public async Task<SessionRecord?> GetAsync(string sessionId, CancellationToken cancellationToken)
    {
        await _createContainer.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var current = await TryGetStatusAsync(_container.GetBlobClient(PayloadName(sessionId)), cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return null;
        }

        var status = current.Value.Status;
        var report = status.HasReport
            ? await TryDownloadAsync(_container.GetBlobClient(ReportName(sessionId)), cancellationToken).ConfigureAwait(false)
            : null;
        return new SessionRecord(sessionId, status.State, status.ReceivedAt, status.UpdatedAt, status.FailureReason, report?.ToString());
    }

    public Task MarkProcessingAsync(string sessionId, CancellationToken cancellationToken) =>
        UpdateAsync(sessionId, s => s with { State = SessionState.Processing, FailureReason = null, UpdatedAt = _time.GetUtcNow() }, cancellationToken);

    public async Task MarkAnalyzedAsync(string sessionId, string reportJson, CancellationToken cancellationToken)
    {
        // Report first: "analyzed" must never point at a report that was not written.
        await _createContainer.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await _container.GetBlobClient(ReportName(sessionId)).UploadAsync(
            BinaryData.FromString(reportJson),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = JsonContentType } },
            cancellationToken).ConfigureAwait(false);
        await UpdateAsync(
            sessionId,
            s => s with { State = SessionState.Analyzed, FailureReason = null, HasReport = true, UpdatedAt = _time.GetUtcNow() },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task MarkFailedAsync(string sessionId, string reason, CancellationToken cancellationToken)
    {
        await UpdateAsync(sessionId, s => s with { State = SessionState.Failed, FailureReason = reason, UpdatedAt = _time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        await MarkAsync(ActivityMarkers.Failed, sessionId, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An empty blob <c>people/{emailHash}/{sessionId}</c>, so an erasure lists a person's sessions by prefix.</summary>
    private Task IndexPersonAsync(SessionSubmission submission, CancellationToken cancellationToken) =>
        submission.EmailHash is { } hash
            ? _container.GetBlobClient(PersonIndexName(hash, submission.SessionId)).UploadAsync(BinaryData.Empty, overwrite: true, cancellationToken)
            : Task.CompletedTask;

    internal static string PersonIndexName(string emailHash, string sessionId) => $"people/{emailHash}/{sessionId}";

    /// <summary>Indexes the event by time for <see cref="BlobSessionActivity"/> (an empty blob; rewriting it is harmless).</summary>
    /// <param name="at">When it happened: the submission's own receipt time, as the embedded store keeps it.</param>
    private Task MarkAsync(string kind, string sessionId, DateTimeOffset at, CancellationToken cancellationToken) =>
        _container.GetBlobClient(ActivityMarkers.Name(kind, at, sessionId)).UploadAsync(BinaryData.Empty, overwrite: true, cancellationToken);

    private async Task<bool> TryUploadAsync(BlobClient payload, SessionSubmission submission, BlobRequestConditions conditions, CancellationToken cancellationToken)
    {
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = JsonContentType },
            Metadata = BlobSessionStatus.Received(submission, _time.GetUtcNow()).ToMetadata(),
            Conditions = conditions,
        };
        try
        {
            await payload.UploadAsync(new BinaryData(submission.Body), options, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false; // 409: it already exists (If-None-Match); 412: it changed since we read it (If-Match)
        }
    }

    /// <summary>
    /// Drops the analyzer results of a replaced body (<see cref="BlobCheckpointStore"/>'s blobs, in this container),
    /// before the new body is enqueued: it is analyzed from scratch. Session ids hold no '/', so the prefix is exact.
    /// </summary>
    private async Task DeleteCheckpointsAsync(string sessionId, CancellationToken cancellationToken)
    {
        var prefix = $"checkpoints/{sessionId}/";
        await foreach (var blob in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken).ConfigureAwait(false))
        {
            await _container.DeleteBlobIfExistsAsync(blob.Name, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sets a failed session back to received (not yet enqueued) if the blob is still as read, then enqueues it;
    /// false when someone changed it first. The body is not rewritten: the first one received stays.
    /// </summary>
    private async Task<bool> TryRequeueAsync(BlobClient payload, string sessionId, BlobSessionStatus failed, ETag etag, CancellationToken cancellationToken)
    {
        var received = failed with { State = SessionState.Received, FailureReason = null, Enqueued = false, HasReport = false, UpdatedAt = _time.GetUtcNow() };
        try
        {
            await payload.SetMetadataAsync(received.ToMetadata(), new BlobRequestConditions { IfMatch = etag }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return false;
        }

        await EnqueueAsync(payload, sessionId, failed.Sha256, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <param name="sha256">The key of the body enqueued, as stored in the status.</param>
    private async Task EnqueueAsync(BlobClient payload, string sessionId, string sha256, CancellationToken cancellationToken)
    {
        await _queue.EnqueueAsync(new SessionMessage(sessionId, payload.Name, _time.GetUtcNow()), cancellationToken).ConfigureAwait(false);

        // Flag only the body we enqueued: if a resubmission replaced it meanwhile, that one flags itself.
        await UpdateAsync(
            sessionId,
            s => s.Enqueued || !string.Equals(s.Sha256, sha256, StringComparison.OrdinalIgnoreCase) ? null : s with { Enqueued = true },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Read-modify-write of the status with If-Match, retried when a concurrent write got there first.</summary>
    /// <param name="change">The new status, or null when nothing needs to change.</param>
    private async Task UpdateAsync(string sessionId, Func<BlobSessionStatus, BlobSessionStatus?> change, CancellationToken cancellationToken)
    {
        await _createContainer.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var payload = _container.GetBlobClient(PayloadName(sessionId));
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var current = await TryGetStatusAsync(payload, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Session {sessionId} is not in the store.");
            var next = change(current.Status);
            if (next is null)
            {
                return;
            }

            try
            {
                await payload.SetMetadataAsync(next.ToMetadata(), new BlobRequestConditions { IfMatch = current.ETag }, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // Someone else changed the status after we read it: read it again.
            }
        }

        throw new InvalidOperationException($"The status of session {sessionId} kept changing; the update was not applied.");
    }

    /// <summary>The status of a payload blob with its ETag, or null when there is no such blob.</summary>
    internal static async Task<(BlobSessionStatus Status, ETag ETag)?> TryGetStatusAsync(BlobClient payload, CancellationToken cancellationToken)
    {
        try
        {
            var properties = (await payload.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            return (BlobSessionStatus.FromMetadata(properties.Metadata), properties.ETag);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    private static async Task<BinaryData?> TryDownloadAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            return (await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
