using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace VoiceAnalytics.Bench.Scale;

/// <summary>
/// The generator's INSERTs into the intake store (<c>ingested_sessions</c>, with the body and the report) and the
/// analyzer checkpoints, in today's layout. The one place to change when the intake table or the checkpoints change
/// shape (a separate compressed body table, checkpoints folded into the session's commit).
/// </summary>
internal sealed class SessionStoreRows : IDisposable
{
    private readonly SqliteCommand _intake;
    private readonly SqliteCommand _checkpoint;

    public SessionStoreRows(SqliteConnection connection)
    {
        _intake = Prepare(connection, """
            INSERT INTO ingested_sessions (session_id, body, body_sha256, state, failure_reason, report_json, received_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8);
            """, 8);
        _checkpoint = Prepare(connection, """
            INSERT INTO analyzer_checkpoints (session_id, analyzer, version, result_json, completed_at) VALUES ($1, $2, $3, $4, $5);
            """, 5);
    }

    public IEnumerable<SqliteCommand> Commands => [_intake, _checkpoint];

    /// <summary>An analyzed session keeps its report and every checkpoint; a failed one (0.5 %) neither.</summary>
    public void Write(StoredSessionTemplate template, string id, bool failed, string receivedAt, string updatedAt)
    {
        var body = template.BodyFor(id);
        Rows.Run(_intake, id, body, Convert.ToHexStringLower(SHA256.HashData(body)), failed ? "failed" : "analyzed",
            failed ? "analyzer threw" : null, failed || template.ReportJson is null ? null : template.TextFor(template.ReportJson, id), receivedAt, updatedAt);
        if (failed)
        {
            return;
        }

        foreach (var (analyzer, version, result) in template.Checkpoints)
        {
            Rows.Run(_checkpoint, id, analyzer, version, template.TextFor(result, id), updatedAt);
        }
    }

    public void Dispose()
    {
        _intake.Dispose();
        _checkpoint.Dispose();
    }

    internal static SqliteCommand Prepare(SqliteConnection connection, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter($"${i}", null));
        }

        return command;
    }
}
