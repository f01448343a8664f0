using System.Globalization;
using Microsoft.Data.Sqlite;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// The intake writes inside one open transaction: decide what a submission is against what the transaction sees
/// (earlier submissions of the same batch included), then store it (status row, body row, queue message) or
/// re-queue a failed session. Commands are prepared once per transaction and reused for every submission in it.
/// </summary>
internal sealed class IntakeStatements : IAsyncDisposable
{
    /// <summary>What the session is now, if anything: read once per submission, by primary key.</summary>
    internal const string DecideSql = "SELECT body_sha256, state FROM ingested_sessions WHERE session_id = $id;";

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteSessionQueue _queue;
    private readonly TimeProvider _time;
    private readonly SqliteCommand _decide;
    private readonly SqliteCommand _writeSession;
    private readonly SqliteCommand _writeBody;

    public IntakeStatements(SqliteConnection connection, SqliteTransaction transaction, SqliteSessionQueue queue, TimeProvider time)
    {
        _connection = connection;
        _transaction = transaction;
        _queue = queue;
        _time = time;
        _decide = connection.Command(transaction, DecideSql, ("$id", ""));
        _writeSession = connection.Command(
            transaction,
            """
            INSERT INTO ingested_sessions (session_id, body_sha256, state, failure_reason, report_json, received_at, updated_at, email_hash)
            VALUES ($id, $sha, 'received', NULL, NULL, $at, $at, $emailHash)
            ON CONFLICT (session_id) DO UPDATE SET
                body_sha256 = excluded.body_sha256, state = 'received', email_hash = excluded.email_hash,
                failure_reason = NULL, report_json = NULL, received_at = excluded.received_at, updated_at = excluded.updated_at;
            """,
            ("$id", ""), ("$sha", ""), ("$at", ""), ("$emailHash", null));
        _writeBody = connection.Command(
            transaction,
            """
            INSERT INTO ingested_bodies (session_id, codec, body) VALUES ($id, $codec, $body)
            ON CONFLICT (session_id) DO UPDATE SET codec = excluded.codec, body = excluded.body;
            """,
            ("$id", ""), ("$codec", 0), ("$body", Array.Empty<byte>()));
    }

    /// <summary>Decides and writes one submission; the caller commits.</summary>
    public async Task<IntakeOutcome> AcceptAsync(StoredSubmission stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var submission = stored.Submission;
        var outcome = await DecideAsync(submission).ConfigureAwait(false);
        if (outcome is IntakeOutcome.Accepted or IntakeOutcome.Resubmitted)
        {
            _writeSession.Parameters["$id"].Value = submission.SessionId;
            _writeSession.Parameters["$sha"].Value = submission.Sha256;
            _writeSession.Parameters["$at"].Value = Format(submission.ReceivedAt);
            _writeSession.Parameters["$emailHash"].Value = (object?)submission.EmailHash ?? DBNull.Value;
            await _writeSession.ExecuteNonQueryAsync().ConfigureAwait(false);
            _writeBody.Parameters["$id"].Value = submission.SessionId;
            _writeBody.Parameters["$codec"].Value = stored.Codec;
            _writeBody.Parameters["$body"].Value = stored.Stored;
            await _writeBody.ExecuteNonQueryAsync().ConfigureAwait(false);

            if (outcome == IntakeOutcome.Resubmitted)
            {
                // The old body's analyzer results are not this body's: it is analyzed from scratch.
                await using var forget = _connection.Command(_transaction, "DELETE FROM analyzer_checkpoints WHERE session_id = $id;", ("$id", submission.SessionId));
                await forget.ExecuteNonQueryAsync().ConfigureAwait(false);
            }

            await EnqueueAsync(submission.SessionId, submission.ReceivedAt, CancellationToken.None).ConfigureAwait(false);
        }
        else if (outcome == IntakeOutcome.Retried)
        {
            await RequeueAsync(submission.SessionId, CancellationToken.None).ConfigureAwait(false);
        }

        return outcome;
    }

    /// <summary>A failed session back to received, its body kept, and a new queue message.</summary>
    public async Task RequeueAsync(string sessionId, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        await using (var write = _connection.Command(
            _transaction,
            """
            UPDATE ingested_sessions
               SET state = 'received', failure_reason = NULL, report_json = NULL, updated_at = $at
             WHERE session_id = $id AND state = 'failed';
            """,
            ("$id", sessionId), ("$at", Format(now))))
        {
            if (await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
            {
                throw new InvalidOperationException($"Session {sessionId} is no longer failed; it was not re-queued.");
            }
        }

        await EnqueueAsync(sessionId, now, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _decide.DisposeAsync().ConfigureAwait(false);
        await _writeSession.DisposeAsync().ConfigureAwait(false);
        await _writeBody.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<IntakeOutcome> DecideAsync(SessionSubmission submission)
    {
        _decide.Parameters["$id"].Value = submission.SessionId;
        await using var reader = await _decide.ExecuteReaderAsync().ConfigureAwait(false);
        if (!await reader.ReadAsync().ConfigureAwait(false))
        {
            return IntakeOutcome.Accepted;
        }

        var failed = reader.GetString(1) == "failed";
        if (submission.IsSameBodyAs(reader.GetString(0)))
        {
            return failed ? IntakeOutcome.Retried : IntakeOutcome.Duplicate;
        }

        return failed ? IntakeOutcome.Resubmitted : IntakeOutcome.Conflict;
    }

    private async Task EnqueueAsync(string sessionId, DateTimeOffset enqueuedAt, CancellationToken cancellationToken)
    {
        await using var enqueue = _connection.CreateCommand();
        enqueue.Transaction = _transaction;
        _queue.AddEnqueue(enqueue, new SessionMessage(sessionId, sessionId, enqueuedAt));
        await enqueue.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
