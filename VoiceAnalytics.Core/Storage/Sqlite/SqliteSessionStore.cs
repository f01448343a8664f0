using System.Globalization;
using Microsoft.Data.Sqlite;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// Raw payloads and their status in the embedded database. Accepting a session writes its status row, its body
/// (compressed, <see cref="PayloadCodec"/>, in <c>ingested_bodies</c>) and its queue message in one transaction, so
/// a crash leaves either all or none; concurrent accepts share that transaction and its fsync
/// (<see cref="SqliteIntakeWriter"/>). Re-queueing a failed one is a transaction of its own.
/// </summary>
public sealed class SqliteSessionStore : ISessionStore, IAsyncDisposable, IDisposable
{
    internal const string StateSql = "SELECT state FROM ingested_sessions WHERE session_id = $id;";
    internal const string PayloadSql = "SELECT codec, body FROM ingested_bodies WHERE session_id = $id;";
    internal const string RecordSql = "SELECT state, received_at, updated_at, failure_reason, report_json FROM ingested_sessions WHERE session_id = $id;";

    private readonly SqliteDatabase _database;
    private readonly SqliteSessionQueue _queue;
    private readonly TimeProvider _time;
    private readonly SqliteIntakeWriter _writer;

    public SqliteSessionStore(SqliteDatabase database, SqliteSessionQueue queue, TimeProvider time)
        : this(database, queue, time, openSynced: null)
    {
    }

    /// <param name="openSynced">How the intake writer opens its synchronous=FULL connection (tests inject faults here).</param>
    internal SqliteSessionStore(SqliteDatabase database, SqliteSessionQueue queue, TimeProvider time, Func<CancellationToken, Task<SqliteConnection>>? openSynced)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _queue = queue;
        _time = time;
        _writer = new SqliteIntakeWriter(database, openSynced ?? database.OpenSyncedAsync, queue, time);
    }

    public Task<IntakeOutcome> AcceptAsync(SessionSubmission submission, CancellationToken cancellationToken)
    {
        // The 202 promises the payload is kept: the writer completes this only after the commit holding it is on disk.
        // Compressed here, on the request's thread, so the single writer only writes.
        return _writer.SubmitAsync(StoredSubmission.Encode(submission), cancellationToken);
    }

    public async Task<SessionState?> RetryAsync(string sessionId, CancellationToken cancellationToken)
    {
        // Read and change in one (immediate) transaction: two retries at once re-queue the session once.
        await using var connection = await _database.OpenSyncedAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        SessionState? state;
        await using (var read = connection.Command(transaction, StateSql, ("$id", sessionId)))
        {
            state = await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string name ? ParseState(name) : null;
        }

        if (state == SessionState.Failed)
        {
            await using var writes = new IntakeStatements(connection, transaction, _queue, _time);
            await writes.RequeueAsync(sessionId, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return state;
    }

    public async Task<byte[]?> GetPayloadAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(PayloadSql, ("$id", sessionId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? PayloadCodec.Decode(reader.GetInt32(0), (byte[])reader.GetValue(1))
            : null;
    }

    /// <summary>Writes the submissions already waiting, then refuses new ones.</summary>
    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    /// <summary>For containers disposed synchronously: the same, blocking until the waiting submissions are written.</summary>
    public void Dispose() => _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();

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
            CompressedText.Decode(reader.GetValue(4)));
    }

    /// <summary>Committed at once even in a session's batch: the status shows the analysis from its start, not at its end.</summary>
    public Task MarkProcessingAsync(string sessionId, CancellationToken cancellationToken) =>
        _database.WriteNowAsync(
            async (connection, transaction, ct) =>
            {
                await UpdateStateAsync(connection, transaction, sessionId, SessionState.Processing, null, null, Format(_time.GetUtcNow()), ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    public Task MarkAnalyzedAsync(string sessionId, string reportJson, CancellationToken cancellationToken) =>
        SetStateAsync(sessionId, SessionState.Analyzed, null, reportJson, cancellationToken);

    public Task MarkFailedAsync(string sessionId, string reason, CancellationToken cancellationToken) =>
        SetStateAsync(sessionId, SessionState.Failed, reason, null, cancellationToken);

    /// <summary>
    /// Joins the session's <see cref="SqliteWriteBatch"/> when one is open (the state commits with the warehouse rows,
    /// the ledger and the queue message's completion), else commits at once. The report is stored compressed.
    /// </summary>
    private Task SetStateAsync(string sessionId, SessionState state, string? reason, string? reportJson, CancellationToken cancellationToken)
    {
        var at = Format(_time.GetUtcNow());
        var report = reportJson is null ? null : CompressedText.Encode(reportJson);
        return _database.WriteAsync((connection, transaction, ct) => UpdateStateAsync(connection, transaction, sessionId, state, reason, report, at, ct), cancellationToken);
    }

    private static async Task UpdateStateAsync(SqliteConnection connection, SqliteTransaction transaction, string sessionId, SessionState state, string? reason, byte[]? report, string at, CancellationToken cancellationToken)
    {
        var changed = await connection.ExecuteAsync(
            transaction,
            """
            UPDATE ingested_sessions
               SET state = $state, failure_reason = $reason, report_json = COALESCE($report, report_json), updated_at = $at
             WHERE session_id = $id;
            """,
            cancellationToken,
            ("$state", StateName(state)), ("$reason", reason), ("$report", report), ("$at", at), ("$id", sessionId)).ConfigureAwait(false);
        if (changed == 0)
        {
            throw new InvalidOperationException($"Session {sessionId} is not in the store.");
        }
    }

    private static string StateName(SessionState state) => state.ToString().ToLowerInvariant();

    private static SessionState ParseState(string name) => Enum.Parse<SessionState>(name, ignoreCase: true);

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
