using Azure.Storage.Blobs;

namespace VoiceAnalytics.Core.Storage.Azure;

/// <summary>Uploads a tiny blob (<c>health/probe</c>) to the payload container and reads it back.</summary>
public sealed class BlobStorageProbe : IStorageProbe
{
    private readonly BlobClient _blob;
    private readonly TimeProvider _time;
    private readonly CreateOnce _createContainer;

    public BlobStorageProbe(BlobContainerClient container, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(container);
        _blob = container.GetBlobClient("health/probe");
        _time = time;
        _createContainer = new CreateOnce(ct => container.CreateIfNotExistsAsync(cancellationToken: ct));
    }

    public async Task<StorageProbeResult> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _createContainer.EnsureAsync(cancellationToken).ConfigureAwait(false);
            var written = _time.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            await _blob.UploadAsync(BinaryData.FromString(written), overwrite: true, cancellationToken).ConfigureAwait(false);
            var read = (await _blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content.ToString();
            return read == written ? StorageProbeResult.Ok : new StorageProbeResult(false, "io", "The probe blob read back differs from what was written.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return StorageProbeResult.Failed(ex);
        }
    }
}
