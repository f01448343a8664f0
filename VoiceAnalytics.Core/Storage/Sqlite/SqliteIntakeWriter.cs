using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// Group commit for intake: one loop takes every submission waiting (up to <see cref="MaxBatch"/> or
/// <see cref="MaxBatchBytes"/>) and writes them in one synchronous=FULL transaction, so concurrent requests share
/// one fsync; each caller's task completes only after the commit that holds its own bytes returned. Submissions are
/// decided in arrival order inside the transaction, so two of the same session in one batch see each other.
/// </summary>
internal sealed class SqliteIntakeWriter : IAsyncDisposable
{
    /// <summary>At most this many submissions share a commit.</summary>
    internal const int MaxBatch = 64;

    /// <summary>And at most about this many stored (compressed) bytes, so one commit never grows without bound.</summary>
    internal const int MaxBatchBytes = 8 * 1024 * 1024;

    // Waiting submissions beyond this make the callers wait to enqueue (backpressure, bounded memory).
    private const int Capacity = 1024;

    private readonly Channel<PendingIntake> _pending = Channel.CreateBounded<PendingIntake>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly Func<CancellationToken, Task<SqliteConnection>> _open;
    private readonly SqliteDatabase _database;
    private readonly SqliteSessionQueue _queue;
    private readonly TimeProvider _time;
    private readonly Task _loop;

    /// <param name="database">Whose write turns the commits take (<see cref="SqliteDatabase.EnterWriteAsync"/>).</param>
    /// <param name="open">A synchronous=FULL connection (<see cref="SqliteDatabase.OpenSyncedAsync"/>).</param>
    public SqliteIntakeWriter(SqliteDatabase database, Func<CancellationToken, Task<SqliteConnection>> open, SqliteSessionQueue queue, TimeProvider time)
    {
        _database = database;
        _open = open;
        _queue = queue;
        _time = time;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues the submission for the next commit; completes with its outcome once that commit is durable.</summary>
    public async Task<IntakeOutcome> SubmitAsync(StoredSubmission submission, CancellationToken cancellationToken)
    {
        var pending = new PendingIntake(submission, cancellationToken);
        try
        {
            await _pending.Writer.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            throw new ObjectDisposedException(nameof(SqliteIntakeWriter), "Intake is shutting down; the session was not stored.");
        }

        // A caller that gives up only stops waiting: once taken into a batch its submission is written with the
        // others (a later retry of the same body is then a duplicate), so the batch is never torn.
        return await pending.Outcome.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops taking submissions and writes those already waiting before it returns.</summary>
    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var reader = _pending.Reader;
        var batch = new List<PendingIntake>(MaxBatch);
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            long bytes = 0;
            while (batch.Count < MaxBatch && bytes < MaxBatchBytes && reader.TryRead(out var next))
            {
                if (next.CancellationToken.IsCancellationRequested)
                {
                    next.Outcome.TrySetCanceled(next.CancellationToken);
                    continue;
                }

                batch.Add(next);
                bytes += next.Submission.Stored.Length;
            }

            if (batch.Count > 0)
            {
                await WriteAsync(batch).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Never throws: every failure goes to the callers, and the loop goes on with the next batch.</summary>
    private async Task WriteAsync(List<PendingIntake> batch)
    {
        try
        {
            var outcomes = await CommitAsync(batch).ConfigureAwait(false);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Outcome.TrySetResult(outcomes[i]);
            }
        }
        catch (Exception ex) when (batch.Count > 1 && StorageFailure.From(ex) is null)
        {
            // Not the storage (a full disk, a lock, I/O would fail each alone too): perhaps one submission. The batch
            // rolled back, so each one alone, and only the one at fault fails.
            foreach (var pending in batch)
            {
                await WriteAsync([pending]).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            // The storage failed the commit: every caller gets that exception, so each is answered as one
            // request alone would be (503 with a cause).
            foreach (var pending in batch)
            {
                pending.Outcome.TrySetException(ex);
            }
        }
    }

    private async Task<IntakeOutcome[]> CommitAsync(List<PendingIntake> batch)
    {
        // No caller's token here: one caller giving up must not roll back the others.
        using var turn = await _database.EnterWriteAsync(CancellationToken.None).ConfigureAwait(false);
        await using var connection = await _open(CancellationToken.None).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync().ConfigureAwait(false);
        var outcomes = new IntakeOutcome[batch.Count];
        await using (var writes = new IntakeStatements(connection, transaction, _queue, _time))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                outcomes[i] = await writes.AcceptAsync(batch[i].Submission).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync().ConfigureAwait(false);
        return outcomes;
    }

    private sealed class PendingIntake(StoredSubmission submission, CancellationToken cancellationToken)
    {
        public StoredSubmission Submission { get; } = submission;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        // Continuations off the writer's thread: a caller's code never runs inside the commit loop.
        public TaskCompletionSource<IntakeOutcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
