using Microsoft.Data.Sqlite;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// One session's writes to the embedded database, collected while it is processed and committed together (the
/// local pump's unit of work). The adapters join it through <see cref="SqliteWrites.WriteAsync"/>: while a batch of
/// their database is open on the async flow they add their statements to it, otherwise they commit at once, so every
/// adapter still works alone (tools, tests, the Durable activities). Collecting, not holding a transaction open,
/// keeps SQLite's single write lock for the few milliseconds of the commit only, never across analyzers or an HTTP
/// call of a sink: intake shares that lock.
/// </summary>
public sealed class SqliteWriteBatch : ISessionWriteBatch
{
    private static readonly AsyncLocal<SqliteWriteBatch?> Ambient = new();

    private readonly List<SqliteWrite> _writes = [];
    private readonly Lock _gate = new();
    private readonly Action<int>? _committed;
    private bool _open = true;

    internal SqliteWriteBatch(SqliteDatabase database, Action<int>? committed)
    {
        Database = database;
        _committed = committed;
        Ambient.Value = this;
    }

    /// <summary>The batch open on this async flow, if any (a committed or disposed one no longer is).</summary>
    internal static SqliteWriteBatch? Current => Ambient.Value is { } batch && batch.IsOpen ? batch : null;

    internal SqliteDatabase Database { get; }

    private bool IsOpen
    {
        get
        {
            lock (_gate)
            {
                return _open;
            }
        }
    }

    /// <summary>Adds a write for the commit; false when the batch was closed meanwhile (the caller then writes at once).</summary>
    internal bool TryAdd(SqliteWrite write)
    {
        lock (_gate)
        {
            if (!_open)
            {
                return false;
            }

            _writes.Add(write);
            return true;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        SqliteWrite[] writes;
        lock (_gate)
        {
            _open = false;
            writes = [.. _writes];
            _writes.Clear();
        }

        if (writes.Length > 0)
        {
            _ = await RunAsync<bool>(writes, null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A write that cannot wait (its result decides what happens next, such as an alert's once-only claim): commits
    /// it now, after the writes collected so far (rows it may refer to), and leaves the batch open for the rest. If
    /// that commit fails, the collected writes stay for the final commit.
    /// </summary>
    internal async Task<T> CommitWithAsync<T>(Func<SqliteConnection, SqliteTransaction, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        SqliteWrite[] writes;
        lock (_gate)
        {
            writes = [.. _writes];
            _writes.Clear();
        }

        try
        {
            return await RunAsync(writes, write, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            lock (_gate)
            {
                _writes.InsertRange(0, writes);
            }

            throw;
        }
    }

    private async Task<T> RunAsync<T>(SqliteWrite[] writes, Func<SqliteConnection, SqliteTransaction, CancellationToken, Task<T>>? last, CancellationToken cancellationToken)
    {
        // In the order they were added: a session's rows before the rows that refer to it, a ledger record after its delivery.
        using var turn = await Database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await Database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var write in writes)
        {
            await write(connection, transaction, cancellationToken).ConfigureAwait(false);
        }

        var result = last is null ? default! : await last(connection, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        _committed?.Invoke(writes.Length + (last is null ? 0 : 1));
        return result;
    }

    public ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            _open = false;
            _writes.Clear();
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>A write that runs in a given transaction.</summary>
internal delegate Task SqliteWrite(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken);
