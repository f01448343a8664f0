using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace VoiceAnalytics.Core.Storage.Sqlite;

/// <summary>
/// The one-time move of a file written before <c>ingested_bodies</c>: each body in <c>ingested_sessions.body</c> is
/// compressed into the new table and emptied in the old column, <see cref="BatchSize"/> sessions per transaction, so
/// a kill loses at most one batch of work and the next start carries on; when none is left the column is dropped
/// (<c>ALTER TABLE DROP COLUMN</c>, SQLite 3.35+; the bundled e_sqlite3 is newer). Emptying as it goes keeps the
/// final drop cheap, and <c>secure_delete</c> zeroes the freed pages, so no plain copy of a body is left behind.
/// </summary>
internal sealed class BodyMove(SqliteConnection connection, ILogger logger)
{
    internal const int BatchSize = 200;

    /// <summary>The next batch after a session id: a range of the primary key, whatever the file's size.</summary>
    internal const string NextBatchSql = """
        SELECT s.session_id, s.body FROM ingested_sessions s
         WHERE s.session_id > $after AND NOT EXISTS (SELECT 1 FROM ingested_bodies b WHERE b.session_id = s.session_id)
         ORDER BY s.session_id LIMIT $n;
        """;

    // Progress goes to the log only for files big enough to take a while.
    private const int LogAbove = 2_000;
    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(5);

    public void Run()
    {
        if (!HasBodyColumn())
        {
            return;
        }

        var left = Scalar("SELECT COUNT(*) FROM ingested_sessions s WHERE NOT EXISTS (SELECT 1 FROM ingested_bodies b WHERE b.session_id = s.session_id);");
        var verbose = left > LogAbove;
        if (verbose)
        {
            BodyMoveLog.Started(logger, left);
        }

        var started = Stopwatch.GetTimestamp();
        var lastLog = started;
        long moved = 0;
        var after = "";
        while (MoveBatch(ref after) is var count and > 0)
        {
            moved += count;
            if (verbose && Stopwatch.GetElapsedTime(lastLog) >= LogEvery)
            {
                BodyMoveLog.Progress(logger, moved, left);
                lastLog = Stopwatch.GetTimestamp();
            }
        }

        Execute("ALTER TABLE ingested_sessions DROP COLUMN body;");
        if (verbose)
        {
            BodyMoveLog.Finished(logger, moved, Stopwatch.GetElapsedTime(started));
        }
    }

    /// <summary>Moves the next batch of bodies after session id <paramref name="after"/>; how many it moved.</summary>
    private int MoveBatch(ref string after)
    {
        using var transaction = connection.BeginTransaction();
        var rows = new List<(string Id, byte[] Body)>(BatchSize);
        using (var read = connection.Command(transaction, NextBatchSql, ("$after", after), ("$n", BatchSize)))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), (byte[])reader.GetValue(1)));
            }
        }

        using var insert = connection.Command(transaction, "INSERT INTO ingested_bodies (session_id, codec, body) VALUES ($id, $codec, $body);", ("$id", ""), ("$codec", 0), ("$body", Array.Empty<byte>()));
        using var empty = connection.Command(transaction, "UPDATE ingested_sessions SET body = X'' WHERE session_id = $id;", ("$id", ""));
        foreach (var (id, body) in rows)
        {
            var (codec, stored) = PayloadCodec.Encode(body);
            insert.Parameters["$id"].Value = id;
            insert.Parameters["$codec"].Value = codec;
            insert.Parameters["$body"].Value = stored;
            insert.ExecuteNonQuery();
            empty.Parameters["$id"].Value = id;
            empty.ExecuteNonQuery();
        }

        transaction.Commit();
        if (rows.Count > 0)
        {
            after = rows[^1].Id;
        }

        return rows.Count;
    }

    private bool HasBodyColumn() => Scalar("SELECT COUNT(*) FROM pragma_table_info('ingested_sessions') WHERE name = 'body';") > 0;

    private long Scalar(string sql)
    {
        using var command = connection.Command(sql);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void Execute(string sql)
    {
        using var command = connection.Command(sql);
        command.ExecuteNonQuery();
    }
}
