using System.Globalization;
using Microsoft.Data.Sqlite;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// Raw payloads and their status in the embedded database. Accepting a session writes the body and its queue
/// message in one transaction, so a crash leaves either both or neither.
/// </summary>
public sealed class SqliteSessionStore : ISessionStore
{
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
                    INSERT INTO ingested_sessions (session_id, body, body_sha256, state, failure_reason, report_json, received_at, updated_at)
                    VALUES ($id, $body, $sha, 'received', NULL, NULL, $at, $at)
                    ON CONFLICT (session_id) DO UPDATE SET
                        body = excluded.body, body_sha256 = excluded.body_sha256, state = 'received',
                        failure_reason = NULL, report_json = NULL, received_at = excluded.received_at, updated_at = excluded.updated_at;
                    """;
                write.Parameters.AddWithValue("$id", submission.SessionId);
                write.Parameters.AddWithValue("$body", submission.Body.ToArray());
                write.Parameters.AddWithValue("$sha", submission.Sha256);
                write.Parameters.AddWithValue("$at", Format(submission.ReceivedAt));
                await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var enqueue = connection.CreateCommand())
            {
                enqueue.Transaction = transaction;
                _queue.AddEnqueue(enqueue, new SessionMessage(submission.SessionId, submission.SessionId, submission.ReceivedAt));
                await enqueue.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    public async Task<byte[]?> GetPayloadAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM ingested_sessions WHERE session_id = $id;";
        command.Parameters.AddWithValue("$id", sessionId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
    }

    public async Task<SessionRecord?> GetAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT state, received_at, updated_at, failure_reason, report_json FROM ingested_sessions WHERE session_id = $id;";
        command.Parameters.AddWithValue("$id", sessionId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new SessionRecord(
            sessionId,
            Enum.Parse<SessionState>(reader.GetString(0), ignoreCase: true),
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
        command.CommandText = "SELECT body_sha256, state FROM ingested_sessions WHERE session_id = $id;";
        command.Parameters.AddWithValue("$id", submission.SessionId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return IntakeOutcome.Accepted;
        }

        if (string.Equals(reader.GetString(0), submission.Sha256, StringComparison.Ordinal))
        {
            return IntakeOutcome.Duplicate;
        }

        return reader.GetString(1) == StateName(SessionState.Failed) ? IntakeOutcome.Resubmitted : IntakeOutcome.Conflict;
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

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
