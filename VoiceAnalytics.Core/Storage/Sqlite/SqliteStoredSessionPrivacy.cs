using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// <see cref="IStoredSessionPrivacy"/> on the embedded intake tables: the status row (report with it), the body row
/// (<c>ingested_bodies</c>), its checkpoints and its waiting queue messages, each erasure in one transaction. Every connection has
/// <c>secure_delete</c> on (<see cref="SqliteDatabase"/>); <see cref="CompactAsync"/> empties the WAL.
/// </summary>
public sealed class SqliteStoredSessionPrivacy(SqliteDatabase database, IOptions<QueueOptions> queue) : IStoredSessionPrivacy
{
    public async Task<IReadOnlyList<string>> FindByEmailHashAsync(string emailHash, int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "SELECT session_id FROM ingested_sessions WHERE email_hash = $hash ORDER BY session_id LIMIT $max;", ("$hash", emailHash), ("$max", max));
        return await ReadIdsAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public Task<int> ForgetIndexAsync(string emailHash, CancellationToken cancellationToken) => Task.FromResult(0); // the column went with the rows

    public async Task<StoredSessionErasure> EraseAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        int reports;
        await using (var count = connection.Command(transaction, "SELECT COUNT(*) FROM ingested_sessions WHERE session_id = $id AND report_json IS NOT NULL;", ("$id", sessionId)))
        {
            reports = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        var payloads = await connection.ExecuteAsync(transaction, "DELETE FROM ingested_sessions WHERE session_id = $id;", cancellationToken, ("$id", sessionId)).ConfigureAwait(false);
        await connection.ExecuteAsync(transaction, "DELETE FROM ingested_bodies WHERE session_id = $id;", cancellationToken, ("$id", sessionId)).ConfigureAwait(false);
        var checkpoints = await connection.ExecuteAsync(transaction, "DELETE FROM analyzer_checkpoints WHERE session_id = $id;", cancellationToken, ("$id", sessionId)).ConfigureAwait(false);
        // Main and poison queue alike; the message body is {"session_id": ...}, read with json_extract.
        var messages = await connection.ExecuteAsync(transaction, "DELETE FROM queue_messages WHERE queue_name IN ($main, $poison) AND json_extract(body, '$.session_id') = $id;",
            cancellationToken, ("$id", sessionId), ("$main", queue.Value.Name), ("$poison", queue.Value.Name + "-poison")).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StoredSessionErasure(payloads, reports, checkpoints, messages, IndexEntries: payloads);
    }

    public async Task<bool> RedactAsync(string sessionId, Func<byte[], byte[]> redact, Func<string, string> redactReport, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(redact);
        ArgumentNullException.ThrowIfNull(redactReport);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        byte[] body;
        string? report;
        await using (var read = connection.Command(
            transaction,
            "SELECT b.codec, b.body, s.report_json FROM ingested_sessions s JOIN ingested_bodies b ON b.session_id = s.session_id WHERE s.session_id = $id;",
            ("$id", sessionId)))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            body = PayloadCodec.Decode(reader.GetInt32(0), (byte[])reader.GetValue(1));
            report = CompressedText.Decode(reader.GetValue(2));
        }

        // body_sha256 stays: a duplicate POST of the original body is still recognized (and not stored again).
        var (codec, stored) = PayloadCodec.Encode(redact(body));
        await connection.ExecuteAsync(transaction, "UPDATE ingested_bodies SET codec = $codec, body = $body WHERE session_id = $id;", cancellationToken,
            ("$id", sessionId), ("$codec", codec), ("$body", stored)).ConfigureAwait(false);
        await connection.ExecuteAsync(transaction, "UPDATE ingested_sessions SET report_json = $report WHERE session_id = $id;", cancellationToken,
            ("$id", sessionId), ("$report", report is null ? null : CompressedText.Encode(redactReport(report)))).ConfigureAwait(false);
        await connection.ExecuteAsync(transaction, "DELETE FROM analyzer_checkpoints WHERE session_id = $id;", cancellationToken, ("$id", sessionId)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<int> DeleteReceivedBeforeAsync(DateTimeOffset cutoff, int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        List<string> ids;
        // received_at is ISO-8601 UTC ("O"), so text order is time order; the index on received_at bounds the read.
        await using (var find = connection.Command(
            transaction, "SELECT session_id FROM ingested_sessions WHERE received_at < $cutoff ORDER BY received_at LIMIT $max;",
            ("$cutoff", cutoff.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)), ("$max", max)))
        {
            ids = [.. await ReadIdsAsync(find, cancellationToken).ConfigureAwait(false)];
        }

        foreach (var id in ids)
        {
            await connection.ExecuteAsync(transaction, "DELETE FROM ingested_sessions WHERE session_id = $id;", cancellationToken, ("$id", id)).ConfigureAwait(false);
            await connection.ExecuteAsync(transaction, "DELETE FROM ingested_bodies WHERE session_id = $id;", cancellationToken, ("$id", id)).ConfigureAwait(false);
            await connection.ExecuteAsync(transaction, "DELETE FROM analyzer_checkpoints WHERE session_id = $id;", cancellationToken, ("$id", id)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ids.Count;
    }

    public Task CompactAsync(CancellationToken cancellationToken) => database.CheckpointAsync(cancellationToken);

    private static async Task<IReadOnlyList<string>> ReadIdsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
