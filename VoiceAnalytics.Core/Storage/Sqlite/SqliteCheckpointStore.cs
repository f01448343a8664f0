using System.Globalization;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// Checkpoints in <c>analyzer_checkpoints</c>. Saves and deletes join the session's <see cref="SqliteWriteBatch"/>
/// when one is open, so they commit with the rest of the session.
/// </summary>
public sealed class SqliteCheckpointStore : ICheckpointStore
{
    internal const string GetSql = "SELECT result_json FROM analyzer_checkpoints WHERE session_id = $s AND analyzer = $a AND version = $v;";

    // The primary key's prefix: a range of the session's few rows.
    internal const string GetManySql = "SELECT analyzer, version, result_json FROM analyzer_checkpoints WHERE session_id = $s;";

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;

    public SqliteCheckpointStore(SqliteDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    public async Task<string?> GetAsync(string sessionId, string analyzer, int version, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = GetSql;
        command.Parameters.AddWithValue("$s", sessionId);
        command.Parameters.AddWithValue("$a", analyzer);
        command.Parameters.AddWithValue("$v", version);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    public async Task<IReadOnlyList<string?>> GetManyAsync(string sessionId, IReadOnlyList<(string Analyzer, int Version)> analyzers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        var saved = new Dictionary<(string, long), string>();
        await using (var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false))
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = GetManySql;
            command.Parameters.AddWithValue("$s", sessionId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                saved[(reader.GetString(0), reader.GetInt64(1))] = reader.GetString(2);
            }
        }

        return [.. analyzers.Select(a => saved.GetValueOrDefault((a.Analyzer, a.Version)))];
    }

    public Task SaveAsync(string sessionId, string analyzer, int version, string resultJson, CancellationToken cancellationToken)
    {
        var completedAt = _time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        return _database.WriteAsync(
            (connection, transaction, ct) => connection.ExecuteAsync(
                transaction,
                """
                INSERT INTO analyzer_checkpoints (session_id, analyzer, version, result_json, completed_at)
                VALUES ($s, $a, $v, $r, $t)
                ON CONFLICT (session_id, analyzer, version) DO UPDATE SET result_json = excluded.result_json, completed_at = excluded.completed_at;
                """,
                ct,
                ("$s", sessionId), ("$a", analyzer), ("$v", version), ("$r", resultJson), ("$t", completedAt)),
            cancellationToken);
    }

    public Task ForgetAsync(string sessionId, CancellationToken cancellationToken) =>
        _database.WriteAsync(
            (connection, transaction, ct) => connection.ExecuteAsync(transaction, "DELETE FROM analyzer_checkpoints WHERE session_id = $s;", ct, ("$s", sessionId)),
            cancellationToken);
}
