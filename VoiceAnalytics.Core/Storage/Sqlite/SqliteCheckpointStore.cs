using System.Globalization;

namespace VoiceAnalytics.Core.Storage.Sqlite;

public sealed class SqliteCheckpointStore : ICheckpointStore
{
    internal const string GetSql = "SELECT result_json FROM analyzer_checkpoints WHERE session_id = $s AND analyzer = $a AND version = $v;";

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

    public async Task SaveAsync(string sessionId, string analyzer, int version, string resultJson, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO analyzer_checkpoints (session_id, analyzer, version, result_json, completed_at)
            VALUES ($s, $a, $v, $r, $t)
            ON CONFLICT (session_id, analyzer, version) DO UPDATE SET result_json = excluded.result_json, completed_at = excluded.completed_at;
            """;
        command.Parameters.AddWithValue("$s", sessionId);
        command.Parameters.AddWithValue("$a", analyzer);
        command.Parameters.AddWithValue("$v", version);
        command.Parameters.AddWithValue("$r", resultJson);
        command.Parameters.AddWithValue("$t", _time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
