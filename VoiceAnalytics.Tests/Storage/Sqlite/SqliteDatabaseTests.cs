using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Storage.Sqlite;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly SqliteStores _stores = new();

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task OpenSyncedAsync_CommitsWithFullSync()
    {
        await using var connection = await _stores.Database.OpenSyncedAsync(CancellationToken.None);

        Assert.Equal(2L, Pragma(connection, "synchronous")); // FULL
    }

    [Fact]
    public async Task OpenAsync_DerivedStateCommitsWithNormalSyncInWal()
    {
        await using var connection = await _stores.Database.OpenAsync(CancellationToken.None);

        Assert.Equal(1L, Pragma(connection, "synchronous")); // NORMAL
        Assert.Equal("wal", Pragma(connection, "journal_mode"));
    }

    [Fact]
    public async Task OpenAsync_AfterASyncedConnectionFromThePool_IsNormalAgain()
    {
        await using (var synced = await _stores.Database.OpenSyncedAsync(CancellationToken.None))
        {
            Assert.Equal(2L, Pragma(synced, "synchronous"));
        }

        await using var derived = await _stores.Database.OpenAsync(CancellationToken.None);

        Assert.Equal(1L, Pragma(derived, "synchronous"));
    }

    private static object? Pragma(Microsoft.Data.Sqlite.SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return command.ExecuteScalar();
    }
}
