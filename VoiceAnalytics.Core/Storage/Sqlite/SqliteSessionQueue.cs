using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// The embedded session queue: a row per message with a visibility time (unix ms) and a dequeue count, like a
/// Storage Queue. Receiving is one UPDATE ... RETURNING, so two pumps never lease the same message.
/// The poison queue is the same table under the name <c>{name}-poison</c>.
/// </summary>
public sealed class SqliteSessionQueue : ISessionQueue
{
    internal const string CountSql = "SELECT COUNT(*) FROM queue_messages WHERE queue_name = $queue;";
    internal const string OldestSql = "SELECT MIN(inserted_at) FROM queue_messages WHERE queue_name = $queue;";
    internal const string ReclaimSql = "UPDATE queue_messages SET visible_at = $now, receipt = NULL WHERE queue_name = $queue AND receipt IS NOT NULL AND visible_at > $now;";
    internal const string ListPoisonSql = "SELECT body, dequeue_count, last_error, visible_at FROM queue_messages WHERE queue_name = $queue ORDER BY id LIMIT $max;";

    internal const string ReceiveSql = """
        UPDATE queue_messages
           SET visible_at = $leaseEnd, dequeue_count = dequeue_count + 1, receipt = $receipt
         WHERE id = (SELECT id FROM queue_messages
                      WHERE queue_name = $queue AND visible_at <= $now
                      ORDER BY visible_at, id LIMIT 1)
        RETURNING id, body, dequeue_count;
        """;

    private readonly SqliteDatabase _database;
    private readonly QueueOptions _options;
    private readonly TimeProvider _time;

    public SqliteSessionQueue(SqliteDatabase database, IOptions<QueueOptions> options, TimeProvider time)
    {
        _database = database;
        _options = options.Value;
        _time = time;
    }

    private string PoisonName => _options.Name + "-poison";

    public async Task EnqueueAsync(SessionMessage message, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        Insert(command, _options.Name, message.ToJson(), Now());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds the enqueue to a command of a caller's transaction (ingest stores and enqueues atomically).</summary>
    internal void AddEnqueue(SqliteCommand command, SessionMessage message) =>
        Insert(command, _options.Name, message.ToJson(), Now());

    /// <summary>
    /// Leases the next visible message. Only the queue's row: the session's state is the store's (a queue that wrote it
    /// made the Durable trigger, which starts a run only for a <c>received</c> session, skip a retried one).
    /// </summary>
    public async Task<QueueLease?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var now = Now();
        var receipt = Guid.NewGuid().ToString("N");
        using var turn = await _database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        QueueLease lease;
        await using (var command = connection.Command(
            transaction,
            ReceiveSql,
            ("$leaseEnd", now + (long)_options.ProcessingLease.TotalMilliseconds), ("$receipt", receipt), ("$queue", _options.Name), ("$now", now)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            lease = new QueueLease(
                reader.GetInt64(0).ToString(CultureInfo.InvariantCulture),
                receipt,
                SessionMessage.FromJson(reader.GetString(1)),
                reader.GetInt64(2));
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return lease;
    }

    /// <summary>Deletes the message; in the session's <see cref="SqliteWriteBatch"/> when one is open, so it is gone exactly when the session's results are stored.</summary>
    public Task CompleteAsync(QueueLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return _database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                if (await connection.ExecuteAsync(
                    transaction,
                    "DELETE FROM queue_messages WHERE id = $id AND receipt = $receipt;",
                    ct,
                    ("$id", long.Parse(lease.MessageId, CultureInfo.InvariantCulture)), ("$receipt", lease.Receipt)).ConfigureAwait(false) == 0)
                {
                    throw new LeaseLostException(lease.MessageId);
                }
            },
            cancellationToken);
    }

    public Task RetryLaterAsync(QueueLease lease, TimeSpan delay, string error, CancellationToken cancellationToken) =>
        ExecuteForLeaseAsync(
            lease,
            "UPDATE queue_messages SET visible_at = $visibleAt, last_error = $error, receipt = NULL WHERE id = $id AND receipt = $receipt;",
            command =>
            {
                command.Parameters.AddWithValue("$visibleAt", Now() + (long)delay.TotalMilliseconds);
                command.Parameters.AddWithValue("$error", error);
            },
            cancellationToken);

    public Task DeadLetterAsync(QueueLease lease, string reason, CancellationToken cancellationToken) =>
        ExecuteForLeaseAsync(
            lease,
            "UPDATE queue_messages SET queue_name = $poison, visible_at = $now, last_error = $error, receipt = NULL WHERE id = $id AND receipt = $receipt;",
            command =>
            {
                command.Parameters.AddWithValue("$poison", PoisonName);
                command.Parameters.AddWithValue("$now", Now());
                command.Parameters.AddWithValue("$error", reason);
            },
            cancellationToken);

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = CountSql;
        command.Parameters.AddWithValue("$queue", _options.Name);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>The first enqueue of the oldest message, visible or leased (a retry keeps its first enqueue time).</summary>
    public async Task<DateTimeOffset?> OldestEnqueuedAtAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = OldestSql;
        command.Parameters.AddWithValue("$queue", _options.Name);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long oldest
            ? DateTimeOffset.FromUnixTimeMilliseconds(oldest)
            : null;
    }

    /// <summary>
    /// Makes every leased message visible now (its dequeue count kept). Only for a consumer that knows it is the only
    /// one, at its start: every lease then belongs to a run of its own that is gone (a crash), so waiting out the
    /// lease would only delay the session. Messages waiting for a retry delay are left alone.
    /// </summary>
    public async Task<int> ReclaimLeasesAsync(CancellationToken cancellationToken)
    {
        var now = Now();
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = ReclaimSql;
        command.Parameters.AddWithValue("$now", now);
        command.Parameters.AddWithValue("$queue", _options.Name);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PoisonMessage>> ListPoisonAsync(int max, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = ListPoisonSql;
        command.Parameters.AddWithValue("$queue", PoisonName);
        command.Parameters.AddWithValue("$max", max);
        var messages = new List<PoisonMessage>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            messages.Add(new PoisonMessage(
                SessionMessage.FromJson(reader.GetString(0)),
                reader.GetInt64(1),
                reader.IsDBNull(2) ? "" : reader.GetString(2),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3))));
        }

        return messages;
    }

    private async Task ExecuteForLeaseAsync(QueueLease lease, string sql, Action<SqliteCommand>? bind, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", long.Parse(lease.MessageId, CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$receipt", lease.Receipt);
        bind?.Invoke(command);
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            // Like a Storage Queue's 404 on a stale pop receipt: the lease ran out and someone else owns the message.
            throw new LeaseLostException(lease.MessageId);
        }
    }

    private static void Insert(SqliteCommand command, string queue, string body, long now)
    {
        command.CommandText = """
            INSERT INTO queue_messages (queue_name, body, visible_at, dequeue_count, inserted_at)
            VALUES ($queue, $body, $now, 0, $now);
            """;
        command.Parameters.AddWithValue("$queue", queue);
        command.Parameters.AddWithValue("$body", body);
        command.Parameters.AddWithValue("$now", now);
    }

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();
}
