using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace VoiceAnalytics.Core.Privacy;

/// <summary>
/// <see cref="IErasureLog"/> in Blob Storage (<c>Storage:Provider=AzureStorage</c>), so every instance of the app sees
/// the same tombstones: <c>privacy/tombstones/{sessionId}</c> (empty, its erasure in metadata) and
/// <c>privacy/erasures/{id}.json</c>. Outside the prefixes the raw-payload lifecycle rule deletes: a tombstone must
/// outlive the payloads a replay could bring back.
/// </summary>
public sealed class BlobErasureLog(BlobContainerClient container) : IErasureLog
{
    public async Task TombstoneAsync(string erasureId, IReadOnlyList<string> sessionIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sessionIds);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var id in sessionIds)
        {
            var options = new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["erasure_id"] = erasureId, ["erased_at"] = at.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
            await container.GetBlobClient(TombstoneName(id)).UploadAsync(BinaryData.Empty, options, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<bool> IsErasedAsync(string sessionId, CancellationToken cancellationToken)
    {
        try
        {
            return (await container.GetBlobClient(TombstoneName(sessionId)).ExistsAsync(cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false; // no container yet: nothing was ever erased
        }
    }

    public async Task SaveAsync(ErasureReceipt receipt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await container.GetBlobClient(ReceiptName(receipt.ErasureId)).UploadAsync(BinaryData.FromObjectAsJson(receipt), overwrite: true, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ErasureReceipt?> GetAsync(string erasureId, CancellationToken cancellationToken)
    {
        try
        {
            var content = (await container.GetBlobClient(ReceiptName(erasureId)).DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content;
            return content.ToObjectFromJson<ErasureReceipt>();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    // Session and erasure ids hold no '/', and a GET of an id with one could only miss: the name stays inside the prefix.
    private static string TombstoneName(string sessionId) => "privacy/tombstones/" + Uri.EscapeDataString(sessionId);

    private static string ReceiptName(string erasureId) => $"privacy/erasures/{Uri.EscapeDataString(erasureId)}.json";
}
