using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Ingest;
using VoiceAnalytics.Core.Storage.Sqlite;

namespace VoiceAnalytics.Bench.Scale;

/// <summary>
/// The generator's INSERTs into the intake store in the app's layout: the status row with its compressed report
/// (<c>ingested_sessions</c>), the compressed body (<c>ingested_bodies</c>), and the analyzer checkpoints that only a
/// failed session keeps (a processed session's commit deletes them). The one place to change when those tables change.
/// </summary>
internal sealed class SessionStoreRows : IDisposable
{
    private readonly SqliteCommand _intake;
    private readonly SqliteCommand _body;
    private readonly SqliteCommand _checkpoint;

    public SessionStoreRows(SqliteConnection connection)
    {
        _intake = Prepare(connection, """
            INSERT INTO ingested_sessions (session_id, body_sha256, state, failure_reason, report_json, received_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7);
            """, 7);
        _body = Prepare(connection, "INSERT INTO ingested_bodies (session_id, codec, body) VALUES ($1, $2, $3);", 3);
        _checkpoint = Prepare(connection, """
            INSERT INTO analyzer_checkpoints (session_id, analyzer, version, result_json, completed_at) VALUES ($1, $2, $3, $4, $5);
            """, 5);
    }

    public IEnumerable<SqliteCommand> Commands => [_intake, _body, _checkpoint];

    /// <summary>An analyzed session keeps its report and no checkpoint; a failed one (0.5 %) no report and its checkpoints.</summary>
    public void Write(StoredSessionTemplate template, string id, bool failed, string receivedAt, string updatedAt)
    {
        var body = template.BodyFor(id);
        var report = failed || template.ReportJson is null ? null : CompressedText.Encode(template.TextFor(template.ReportJson, id));
        Rows.Run(_intake, id, JsonContentHash.Compute(body), failed ? "failed" : "analyzed", failed ? "analyzer threw" : null, report, receivedAt, updatedAt);
        var (codec, stored) = PayloadCodec.Encode(body);
        Rows.Run(_body, id, codec, stored);
        if (!failed)
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
        _body.Dispose();
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
