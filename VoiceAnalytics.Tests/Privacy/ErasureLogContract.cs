using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Privacy;
using VoiceAnalytics.Core.Storage.Azure;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Tests.Storage.Azure;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Privacy;

/// <summary>The erasure log's behaviour, the same in the embedded database and in Blob Storage.</summary>
public abstract class ErasureLogContract : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    protected IErasureLog Log { get; set; } = null!;

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    [Fact]
    public async Task Tombstones_MarkExactlyTheSessionsGiven_AndAgainIsHarmless()
    {
        Assert.False(await Log.IsErasedAsync("s-1", CancellationToken.None));

        await Log.TombstoneAsync("e-1", ["s-1", "s-2"], At, CancellationToken.None);
        await Log.TombstoneAsync("e-2", ["s-2"], At.AddDays(1), CancellationToken.None);

        Assert.True(await Log.IsErasedAsync("s-1", CancellationToken.None));
        Assert.True(await Log.IsErasedAsync("s-2", CancellationToken.None));
        Assert.False(await Log.IsErasedAsync("s-3", CancellationToken.None));
        Assert.False(await Log.IsErasedAsync("s-", CancellationToken.None));
    }

    [Fact]
    public async Task Receipts_RoundTrip_SavingAgainReplaces_UnknownIsNull()
    {
        var receipt = new ErasureReceipt("e-1", "hash", "running", At, null, 2, false, new Dictionary<string, int> { ["raw_payloads"] = 0 });

        await Log.SaveAsync(receipt, CancellationToken.None);
        await Log.SaveAsync(receipt with { Status = "completed", CompletedAt = At.AddSeconds(1), Removed = new Dictionary<string, int> { ["raw_payloads"] = 2 } }, CancellationToken.None);
        var read = await Log.GetAsync("e-1", CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(("completed", At.AddSeconds(1), 2, "hash"), (read.Status, read.CompletedAt, read.Removed["raw_payloads"], read.EmailHash));
        Assert.Null(await Log.GetAsync("e-unknown", CancellationToken.None));
        Assert.Null(await Log.GetAsync("../e-1", CancellationToken.None));
    }
}

public sealed class SqliteErasureLogTests : ErasureLogContract
{
    private readonly TempFolder _folder = new();

    public override Task InitializeAsync()
    {
        Log = new SqliteErasureLog(new SqliteDatabase(Path.Combine(_folder.Path, "privacy.db"), [new PrivacyTablesSchema()]));
        return Task.CompletedTask;
    }

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>In Azurite: what every instance of the app sees under <c>Storage:Provider=AzureStorage</c>.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobErasureLogTests(AzuriteFixture azurite) : ErasureLogContract
{
    private Azure.Storage.Blobs.BlobContainerClient _container = null!;

    public override Task InitializeAsync()
    {
        _container = AzureStorageClients.CreateContainer(azurite.ConnectionString, "e" + Guid.NewGuid().ToString("N"));
        Log = new BlobErasureLog(_container);
        return Task.CompletedTask;
    }

    public override async Task DisposeAsync() => await _container.DeleteIfExistsAsync();
}
