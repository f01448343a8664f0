using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace VoiceAnalytics.Core.Storage.Azure;

/// <summary>
/// <see cref="IStoredSessionPrivacy"/> in Blob Storage: a person's sessions are the blobs under
/// <c>people/{emailHash}/</c> that <see cref="BlobSessionStore"/> writes at intake (one prefix listing); a session is
/// its payload (status in its metadata), <c>reports/{id}.json</c> and <c>checkpoints/{id}/</c>. In Azure the 90-day
/// deletion of payloads is the storage account's lifecycle policy (infra/main.bicep); <see cref="DeleteReceivedBeforeAsync"/>
/// does the same from the received markers, oldest first, for storage without that policy (Azurite).
/// Queue messages cannot be deleted by content from a Storage Queue: a replayed message is dropped by the erasure's tombstone.
/// </summary>
public sealed class BlobStoredSessionPrivacy(BlobContainerClient container) : IStoredSessionPrivacy
{
    public async Task<IReadOnlyList<string>> FindByEmailHashAsync(string emailHash, int max, CancellationToken cancellationToken)
    {
        var prefix = $"people/{emailHash}/";
        var ids = new List<string>();
        if (!await container.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return ids;
        }

        await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken).ConfigureAwait(false))
        {
            ids.Add(blob.Name[prefix.Length..]);
            if (ids.Count >= max)
            {
                break;
            }
        }

        return ids;
    }

    public async Task<StoredSessionErasure> EraseAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (!await container.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return StoredSessionErasure.None;
        }

        var payloads = await DeleteAsync(BlobSessionStore.PayloadName(sessionId), cancellationToken).ConfigureAwait(false);
        var reports = await DeleteAsync(BlobSessionStore.ReportName(sessionId), cancellationToken).ConfigureAwait(false);
        var checkpoints = await DeletePrefixAsync($"checkpoints/{sessionId}/", max: 1000, cancellationToken).ConfigureAwait(false);
        return new StoredSessionErasure(payloads, reports, checkpoints, QueueMessages: 0, IndexEntries: 0);
    }

    public Task<int> ForgetIndexAsync(string emailHash, CancellationToken cancellationToken) =>
        DeletePrefixAsync($"people/{emailHash}/", max: 100_000, cancellationToken);

    public async Task<bool> RedactAsync(string sessionId, Func<byte[], byte[]> redact, Func<string, string> redactReport, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(redact);
        ArgumentNullException.ThrowIfNull(redactReport);
        var payload = container.GetBlobClient(BlobSessionStore.PayloadName(sessionId));
        BlobDownloadResult current;
        try
        {
            current = (await payload.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }

        // The status lives in the metadata: keep it, and write only if nobody changed the blob since the read.
        await payload.UploadAsync(
            new BinaryData(redact(current.Content.ToArray())),
            new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
                Metadata = current.Details.Metadata,
                Conditions = new BlobRequestConditions { IfMatch = current.Details.ETag },
            },
            cancellationToken).ConfigureAwait(false);

        var report = container.GetBlobClient(BlobSessionStore.ReportName(sessionId));
        try
        {
            var json = (await report.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content.ToString();
            await report.UploadAsync(BinaryData.FromString(redactReport(json)), overwrite: true, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // not analyzed: no report to redact
        }

        await DeletePrefixAsync($"checkpoints/{sessionId}/", max: 1000, cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<int> DeleteReceivedBeforeAsync(DateTimeOffset cutoff, int max, CancellationToken cancellationToken)
    {
        if (!await container.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }

        // Received markers sort by time (activity/received/yyyy-MM-dd/HH/...): the oldest come first; stop at the cutoff.
        var deleted = 0;
        var seen = 0;
        await foreach (var marker in container.GetBlobsAsync(new GetBlobsOptions { Prefix = $"activity/{ActivityMarkers.Received}/" }, cancellationToken).ConfigureAwait(false))
        {
            if (ActivityMarkers.Parse(marker.Name) is not { } parsed || parsed.At >= cutoff || ++seen > max)
            {
                break;
            }

            deleted += await DeleteAsync(BlobSessionStore.PayloadName(parsed.SessionId), cancellationToken).ConfigureAwait(false);
            await DeleteAsync(BlobSessionStore.ReportName(parsed.SessionId), cancellationToken).ConfigureAwait(false);
            await DeletePrefixAsync($"checkpoints/{parsed.SessionId}/", max: 1000, cancellationToken).ConfigureAwait(false);
            await DeleteAsync(marker.Name, cancellationToken).ConfigureAwait(false);
        }

        return deleted;
    }

    public Task CompactAsync(CancellationToken cancellationToken) => Task.CompletedTask; // a deleted blob is gone (soft delete is off in main.bicep)

    private async Task<int> DeleteAsync(string name, CancellationToken cancellationToken) =>
        (await container.DeleteBlobIfExistsAsync(name, DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken).ConfigureAwait(false)).Value ? 1 : 0;

    private async Task<int> DeletePrefixAsync(string prefix, int max, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken).ConfigureAwait(false))
        {
            names.Add(blob.Name);
            if (names.Count >= max)
            {
                break;
            }
        }

        var deleted = 0;
        foreach (var name in names)
        {
            deleted += await DeleteAsync(name, cancellationToken).ConfigureAwait(false);
        }

        return deleted;
    }
}
