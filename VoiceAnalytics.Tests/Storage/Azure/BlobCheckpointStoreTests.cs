namespace VoiceAnalytics.Tests.Storage.Azure;

[Collection(AzuriteCollection.Name)]
public sealed class BlobCheckpointStoreTests
{
    private readonly AzureStores _stores;

    public BlobCheckpointStoreTests(AzuriteFixture azurite) => _stores = new AzureStores(azurite);

    [Fact]
    public async Task SaveAsync_ThenGet_RoundTripsAtItsBlobName()
    {
        const string Result = "{\"turns\":12,\"note\":\"\u00e9\"}";

        await _stores.Checkpoints.SaveAsync("s-1", "turns", 2, Result, CancellationToken.None);

        Assert.Equal(Result, await _stores.Checkpoints.GetAsync("s-1", "turns", 2, CancellationToken.None));
        Assert.True(await _stores.Container.GetBlobClient("checkpoints/s-1/turns/v2.json").ExistsAsync());
    }

    [Fact]
    public async Task SaveAsync_Twice_LastWins()
    {
        await _stores.Checkpoints.SaveAsync("s-1", "turns", 1, "{\"a\":1}", CancellationToken.None);
        await _stores.Checkpoints.SaveAsync("s-1", "turns", 1, "{\"a\":2}", CancellationToken.None);

        Assert.Equal("{\"a\":2}", await _stores.Checkpoints.GetAsync("s-1", "turns", 1, CancellationToken.None));
    }

    [Fact]
    public async Task GetAsync_Missing_Null()
    {
        await _stores.Checkpoints.SaveAsync("s-1", "turns", 1, "{}", CancellationToken.None);

        Assert.Null(await _stores.Checkpoints.GetAsync("s-1", "turns", 2, CancellationToken.None));
        Assert.Null(await _stores.Checkpoints.GetAsync("s-1", "latency", 1, CancellationToken.None));
        Assert.Null(await _stores.Checkpoints.GetAsync("s-2", "turns", 1, CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_CanceledToken_ThrowsOperationCanceled()
    {
        using var canceled = new CancellationTokenSource();
        await canceled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _stores.Checkpoints.SaveAsync("s-1", "turns", 1, "{}", canceled.Token));
    }
}
