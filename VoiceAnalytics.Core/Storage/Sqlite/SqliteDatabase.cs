using Microsoft.Data.Sqlite;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// The one embedded database file everything local lives in. WAL lets the HTTP side write while the queue pump
/// reads; a busy timeout makes concurrent writers wait instead of failing.
/// Durability: a connection from <see cref="OpenSyncedAsync"/> (the intake that answers 202) fsyncs every commit
/// (synchronous=FULL). Every other state (queue leases, checkpoints, reports, warehouse, ledger, outbox) is derived
/// from an accepted payload and commits with synchronous=NORMAL: it survives a process crash, and a power loss can
/// only drop the newest such commits (WAL keeps a prefix), which the still-queued message then recomputes. Syncing
/// those too made the pump hold the write lock through ~15 fsyncs per session, stalling intake behind it.
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;

    public SqliteDatabase(string file, IEnumerable<ISqliteSchema> schemas)
    {
        File = file;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        foreach (var schema in schemas)
        {
            Execute(connection, schema.Ddl);
            if (schema is ISqliteMigration migration)
            {
                migration.Migrate(connection);
            }

            if (schema is ISqliteColumnAdditions additions)
            {
                AddColumns(connection, additions);
            }
        }
    }

    private static void AddColumns(SqliteConnection connection, ISqliteColumnAdditions additions)
    {
        foreach (var (table, column, definition, backfill) in additions.AddedColumns)
        {
            using var check = connection.CreateCommand();
            check.CommandText = "SELECT COUNT(*) FROM pragma_table_info($table) WHERE name = $column;";
            check.Parameters.AddWithValue("$table", table);
            check.Parameters.AddWithValue("$column", column);
            if (Convert.ToInt64(check.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                Execute(connection, $"ALTER TABLE {table} ADD COLUMN {column} {definition};");
                if (backfill is not null)
                {
                    Execute(connection, backfill);
                }
            }
        }

        Execute(connection, additions.DependentDdl);
    }

    public string File { get; }

    // secure_delete on every connection: an update that moves a row (a payload's overflow pages, a rewritten
    // transcript) frees pages too, not only an erasure, and freed content must not linger in free pages
    // (https://www.sqlite.org/pragma.html#pragma_secure_delete). The -wal keeps old page images until CheckpointAsync.
    private const string DerivedPragmas = "PRAGMA busy_timeout=30000; PRAGMA synchronous=NORMAL; PRAGMA secure_delete=ON;";
    private const string SyncedPragmas = "PRAGMA busy_timeout=30000; PRAGMA synchronous=FULL; PRAGMA secure_delete=ON;";

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, DerivedPragmas);
        StoredJson.Register(connection);
        return connection;
    }

    /// <summary>A connection for derived state: commits survive a crash of the process, not of the machine.</summary>
    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => OpenAsync(DerivedPragmas, cancellationToken);

    /// <summary>
    /// Copies the WAL into the database and truncates it to zero bytes (<c>wal_checkpoint(TRUNCATE)</c>), so old page
    /// images holding deleted rows leave the -wal file. Waits for readers via the busy timeout; true when it completed.
    /// </summary>
    public async Task<bool> CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && reader.GetInt64(0) == 0;
    }

    /// <summary>A connection whose commits are on disk when they return: for what a client was promised (202).</summary>
    public Task<SqliteConnection> OpenSyncedAsync(CancellationToken cancellationToken) => OpenAsync(SyncedPragmas, cancellationToken);

    // SQLite's busy handler retries a locked write with sleeps growing to 100 ms: intake's group commit waited behind
    // the pump that way (2-11 requests/s at one client with the pump on, 44 with it off). The hot writers of this
    // process take turns here instead, first come first served; other writers still rely on the busy timeout.
    private readonly SemaphoreSlim _hotWriters = new(1, 1);

    /// <summary>
    /// Waits for this process's turn to write: held around the transaction of the frequent writers (intake's group
    /// commit, the queue lease, a processed session's commit) so they queue in memory instead of polling the file lock.
    /// </summary>
    internal async Task<WriteTurn> EnterWriteAsync(CancellationToken cancellationToken)
    {
        await _hotWriters.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new WriteTurn(_hotWriters);
    }

    internal readonly struct WriteTurn(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }

    /// <summary>Tests only: sees every connection <see cref="OpenAsync(CancellationToken)"/> hands out (to count commits with a commit hook).</summary>
    internal Action<SqliteConnection>? Opened { get; set; }

    private async Task<SqliteConnection> OpenAsync(string pragmas, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        Execute(connection, pragmas);
        StoredJson.Register(connection);
        Opened?.Invoke(connection);
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
