using System.Globalization;
using Microsoft.Data.Sqlite;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// Raw payloads and their status in the embedded database. Accepting a session writes the body and its queue
/// message in one transaction, so a crash leaves either both or neither; so does re-queueing a failed one.
/// </summary>
public sealed class SqliteSessionStore : ISessionStore
{
    internal const string StateSql = "SELECT state FROM ingested_sessions WHERE session_id = $id;";
    internal const string PayloadSql = "SELECT body FROM ingested_sessions WHERE session_id = $id;";
    internal const string RecordSql = "SELECT state, received_at, updated_at, failure_reason, report_json FROM ingested_sessions WHERE session_id = $id;";
    internal const string DecideSql = "SELECT body_sha256, state FROM ingested_sessions WHERE session_id = $id;";

    private readonly SqliteDatabase _database;
    private readonly SqliteSessionQueue _queue;
    private readonly TimeProvider _time;

    public SqliteSessionStore(SqliteDatabase database, SqliteSessionQueue queue, TimeProvider time)
    {
        _database = database;
        _queue = queue;
        _time = time;
    }

    public async Task<IntakeOutcome> AcceptAsync(SessionSubmission submission, CancellationToken cancellationToken)
    {
        // The 202 promises the payload is kept: this commit is on disk before it returns.
        await using var connection = await _database.OpenSyncedAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        var outcome = await DecideAsync(connection, transaction, submission, cancellationToken).ConfigureAwait(false);
        if (outcome is IntakeOutcome.Accepted or IntakeOutcome.Resubmitted)
        {
            await using (var write = connection.CreateCommand())
            {
                write.Transaction = transaction;
                write.CommandText = """
                    INSERT INTO ingested_sessions (session_id, body, body_sha256, state, failure_reason, report_json, received_at, updated_at, email_hash)
                    VALUES ($id, $body, $sha, 'received', NULL, NULL, $at, $at, $emailHash)
                    ON CONFLICT (session_id) DO UPDATE SET
                        body = excluded.body, body_sha256 = excluded.body_sha256, state = 'received', email_hash = excluded.email_hash,
                        failure_reason = NULL, report_json = NULL, received_at = excluded.received_at, updated_at = excluded.updated_at;
                    """;
                write.Parameters.AddWithValue("$id", submission.SessionId);
                write.Parameters.AddWithValue("$body", submission.Body.ToArray());
                write.Parameters.AddWithValue("$sha", submission.Sha256);
                write.Parameters.AddWithValue("$at", Format(submission.ReceivedAt));
                write.Parameters.AddWithValue("$emailHash", (object?)submission.EmailHash ?? DBNull.Value);
                await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            if (outcome == IntakeOutcome.Resubmitted)
            {
                // The old body's analyzer results are not this body's: it is analyzed from scratch.
                await using var forget = connection.CreateCommand();
                forget.Transaction = transaction;
                forget.CommandText = "DELETE FROM analyzer_checkpoints WHERE session_id = $id;";
                forget.Parameters.AddWithValue("$id", submission.SessionId);
                await forget.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await EnqueueAsync(connection, transaction, submission.SessionId, submission.ReceivedAt, cancellationToken).ConfigureAwait(false);
        }
        else if (outcome == IntakeOutcome.Retried)
        {
            await RequeueAsync(connection, transaction, submission.SessionId, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    public async Task<SessionState?> RetryAsync(string sessionId, CancellationToken cancellationToken)
    {
        // Read and change in one (immediate) transaction: two retries at once re-queue the session once.
        await using var connection = await _database.OpenSyncedAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        SessionState? state;
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = StateSql;
            read.Parameters.AddWithValue("$id", sessionId);
            state = await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string name ? ParseState(name) : null;
        }

        if (state == SessionState.Failed)
        {
            await RequeueAsync(connection, transaction, sessionId, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return state;
    }

    public async Task<byte[]?> GetPayloadAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = PayloadSql;
        command.Parameters.AddWithValue("$id", sessionId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
    }

    public async Task<SessionRecord?> GetAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = RecordSql;
        command.Parameters.AddWithValue("$id", sessionId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new SessionRecord(
            sessionId,
            ParseState(reader.GetString(0)),
            DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4));
    }

    public Task MarkProcessingAsync(string sessionId, CancellationToken cancellationToken) =>
        SetStateAsync(sessionId, SessionState.Processing, null, null, cancellationToken);

    public Task MarkAnalyzedAsync(string sessionId, string reportJson, CancellationToken cancellationToken) =>
        SetStateAsync(sessionId, SessionState.Analyzed, null, reportJson, cancellationToken);

    public Task MarkFailedAsync(string sessionId, string reason, CancellationToken cancellationToken) =>
        SetStateAsync(sessionId, SessionState.Failed, reason, null, cancellationToken);

    private static async Task<IntakeOutcome> DecideAsync(SqliteConnection connection, SqliteTransaction transaction, SessionSubmission submission, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = DecideSql;
        command.Parameters.AddWithValue("$id", submission.SessionId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return IntakeOutcome.Accepted;
        }

        var failed = reader.GetString(1) == StateName(SessionState.Failed);
        if (submission.IsSameBodyAs(reader.GetString(0)))
        {
            return failed ? IntakeOutcome.Retried : IntakeOutcome.Duplicate;
        }

        return failed ? IntakeOutcome.Resubmitted : IntakeOutcome.Conflict;
    }

    /// <summary>A failed session back to received, its body kept, and a new queue message: in the caller's transaction.</summary>
    private async Task RequeueAsync(SqliteConnection connection, SqliteTransaction transaction, string sessionId, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        await using (var write = connection.CreateCommand())
        {
            write.Transaction = transaction;
            write.CommandText = """
                UPDATE ingested_sessions
                   SET state = 'received', failure_reason = NULL, report_json = NULL, updated_at = $at
                 WHERE session_id = $id AND state = 'failed';
                """;
            write.Parameters.AddWithValue("$id", sessionId);
            write.Parameters.AddWithValue("$at", Format(now));
            if (await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
            {
                throw new InvalidOperationException($"Session {sessionId} is no longer failed; it was not re-queued.");
            }
        }

        await EnqueueAsync(connection, transaction, sessionId, now, cancellationToken).ConfigureAwait(false);
    }

    private async Task EnqueueAsync(SqliteConnection connection, SqliteTransaction transaction, string sessionId, DateTimeOffset enqueuedAt, CancellationToken cancellationToken)
    {
        await using var enqueue = connection.CreateCommand();
        enqueue.Transaction = transaction;
        _queue.AddEnqueue(enqueue, new SessionMessage(sessionId, sessionId, enqueuedAt));
        await enqueue.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task SetStateAsync(string sessionId, SessionState state, string? reason, string? reportJson, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE ingested_sessions
               SET state = $state, failure_reason = $reason, report_json = COALESCE($report, report_json), updated_at = $at
             WHERE session_id = $id;
            """;
        command.Parameters.AddWithValue("$state", StateName(state));
        command.Parameters.AddWithValue("$reason", (object?)reason ?? DBNull.Value);
        command.Parameters.AddWithValue("$report", (object?)reportJson ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", Format(_time.GetUtcNow()));
        command.Parameters.AddWithValue("$id", sessionId);
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            throw new InvalidOperationException($"Session {sessionId} is not in the store.");
        }
    }

    private static string StateName(SessionState state) => state.ToString().ToLowerInvariant();

    private static SessionState ParseState(string name) => Enum.Parse<SessionState>(name, ignoreCase: true);

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
