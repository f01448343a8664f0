using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Sqlite;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Tests.Support;

/// <summary>A real embedded database in a temp folder, with the stores built on it and a fake clock.</summary>
public sealed class SqliteStores : IDisposable
{
    private readonly TempFolder _folder = new();

    public SqliteStores(QueueOptions? queueOptions = null)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 8, 18, 15, 0, 0, TimeSpan.Zero));
        QueueOptions = queueOptions ?? new QueueOptions();
        Database = new SqliteDatabase(Path.Combine(_folder.Path, "test.db"), [new SessionTablesSchema(), new WarehouseSchema(), new DashboardRollupSchema(), new DeliveryTablesSchema()]);
        Queue = new SqliteSessionQueue(Database, Options.Create(QueueOptions), Time);
        Store = new SqliteSessionStore(Database, Queue, Time);
        Checkpoints = new SqliteCheckpointStore(Database, Time);
        Writes = new SqliteWriteBatches(Database);
    }

    /// <summary>The per-session write batches the local pump uses (one commit per processed session).</summary>
    public SqliteWriteBatches Writes { get; }

    public FakeTimeProvider Time { get; }

    public QueueOptions QueueOptions { get; }

    public SqliteDatabase Database { get; }

    public SqliteSessionQueue Queue { get; }

    public SqliteSessionStore Store { get; }

    public SqliteCheckpointStore Checkpoints { get; }

    public static NullLoggerFactory Logs => NullLoggerFactory.Instance;

    public SqliteDeliveryLedger Ledger => new(Database, Time);

    public SinkDispatcher Dispatcher(params ISessionSink[] sinks) => new(sinks, Ledger, NullLogger<SinkDispatcher>.Instance);

    public long Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        Store.DisposeAsync().AsTask().GetAwaiter().GetResult(); // the intake writer finishes before the files go
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
