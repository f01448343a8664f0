using Microsoft.Data.Sqlite;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>How an adapter writes: into the open <see cref="SqliteWriteBatch"/> of its database, else in a transaction of its own.</summary>
internal static class SqliteWrites
{
    /// <summary>True when a batch of <paramref name="database"/> is open on this async flow (its writes are not committed yet).</summary>
    public static bool IsBatched(this SqliteDatabase database) => SqliteWriteBatch.Current is { } batch && batch.Database == database;

    public static async Task WriteAsync(this SqliteDatabase database, SqliteWrite write, CancellationToken cancellationToken)
    {
        if (SqliteWriteBatch.Current is { } batch && batch.Database == database && batch.TryAdd(write))
        {
            return;
        }

        _ = await database.CommitAloneAsync(
            async (connection, transaction, ct) =>
            {
                await write(connection, transaction, ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A write whose result is needed now: committed at once, and in a batched flow in one transaction with the
    /// batch's writes so far (<see cref="SqliteWriteBatch.CommitWithAsync"/>), so rows it refers to are there.
    /// </summary>
    public static async Task<T> WriteNowAsync<T>(this SqliteDatabase database, Func<SqliteConnection, SqliteTransaction, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        if (SqliteWriteBatch.Current is { } batch && batch.Database == database)
        {
            return await batch.CommitWithAsync(write, cancellationToken).ConfigureAwait(false);
        }

        return await database.CommitAloneAsync(write, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The write in a transaction of its own, outside any batch.</summary>
    private static async Task<T> CommitAloneAsync<T>(this SqliteDatabase database, Func<SqliteConnection, SqliteTransaction, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await write(connection, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }
}
