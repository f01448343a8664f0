using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace VoiceAnalytics.Core.Storage.Azure;

/// <summary>Analyzer results as blobs <c>checkpoints/{sessionId}/{analyzer}/v{version}.json</c>; a save overwrites.</summary>
public sealed class BlobCheckpointStore : ICheckpointStore
{
    private readonly BlobContainerClient _container;
    private readonly CreateOnce _createContainer;

    public BlobCheckpointStore(BlobContainerClient container)
    {
        _container = container;
        _createContainer = new CreateOnce(ct => container.CreateIfNotExistsAsync(cancellationToken: ct));
    }

    internal static string BlobName(string sessionId, string analyzer, int version) =>
        FormattableString.Invariant($"checkpoints/{sessionId}/{analyzer}/v{version}.json");

    public async Task<string?> GetAsync(string sessionId, string analyzer, int version, CancellationToken cancellationToken)
    {
        await _createContainer.EnsureAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var blob = _container.GetBlobClient(BlobName(sessionId, analyzer, version));
            return (await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content.ToString();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>One download per analyzer, in parallel (the Durable activities read one checkpoint at a time anyway).</summary>
    public async Task<IReadOnlyList<string?>> GetManyAsync(string sessionId, IReadOnlyList<(string Analyzer, int Version)> analyzers, CancellationToken cancellationToken) =>
        await Task.WhenAll(analyzers.Select(a => GetAsync(sessionId, a.Analyzer, a.Version, cancellationToken))).ConfigureAwait(false);

    public async Task ForgetAsync(string sessionId, CancellationToken cancellationToken)
    {
        await _createContainer.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var blob in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = FormattableString.Invariant($"checkpoints/{sessionId}/") }, cancellationToken).ConfigureAwait(false))
        {
            await _container.DeleteBlobIfExistsAsync(blob.Name, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task SaveAsync(string sessionId, string analyzer, int version, string resultJson, CancellationToken cancellationToken)
    {
        await _createContainer.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await _container.GetBlobClient(BlobName(sessionId, analyzer, version)).UploadAsync(
            BinaryData.FromString(resultJson),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
            cancellationToken).ConfigureAwait(false);
    }
}
