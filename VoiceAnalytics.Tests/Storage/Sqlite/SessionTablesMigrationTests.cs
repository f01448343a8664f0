using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Storage.Sqlite;

/// <summary>
/// A file written before <c>ingested_bodies</c> (the body in <c>ingested_sessions.body</c>) opens as a current one:
/// every body moved, compressed, in batches (<see cref="BodyMove"/>), the old column dropped, and a run killed half
/// way finishes on the next start.
/// </summary>
public sealed class SessionTablesMigrationTests : IDisposable
{
    // More than two batches, so the move resumes across batch boundaries.
    private const int Sessions = (2 * BodyMove.BatchSize) + 57;

    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 8, 18, 15, 0, 0, TimeSpan.Zero));

    private string File => Path.Combine(_folder.Path, "old.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public void BundledSqlite_SupportsDropColumn()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.Command("SELECT sqlite_version();");
        var version = Version.Parse((string)command.ExecuteScalar()!);

        Assert.True(version >= new Version(3, 35), $"SQLite {version} has no ALTER TABLE DROP COLUMN");
    }

    [Fact]
    public void NextBatch_OnAnOldFile_ReadsAPrimaryKeyRangeNotTheTable()
    {
        WriteOldFile();
        using var connection = Connect();
        Execute(connection, "CREATE TABLE ingested_bodies (session_id TEXT PRIMARY KEY, codec INTEGER NOT NULL, body BLOB NOT NULL);");

        var plan = SqliteQueryPlan.Explain(connection, BodyMove.NextBatchSql);

        Assert.Empty(SqliteQueryPlan.FullScans(BodyMove.NextBatchSql, plan));
    }

    [Fact]
    public async Task Open_OldFile_MovesEveryBodyVerbatimAndDropsTheColumn()
    {
        var bodies = WriteOldFile();

        await using var store = OpenStore(out var database);

        Assert.Equal(0, Scalar(database, "SELECT COUNT(*) FROM pragma_table_info('ingested_sessions') WHERE name = 'body';"));
        Assert.Equal(Sessions, Scalar(database, "SELECT COUNT(*) FROM ingested_bodies;"));
        foreach (var (id, body) in bodies)
        {
            Assert.Equal(body, await store.GetPayloadAsync(id, CancellationToken.None));
        }

        Assert.Equal(SessionState.Failed, (await store.GetAsync(Id(3), CancellationToken.None))!.State);
        Assert.Equal("old reason", (await store.GetAsync(Id(3), CancellationToken.None))!.FailureReason);
        Assert.Equal(1, Scalar(database, "SELECT COUNT(*) FROM ingested_sessions WHERE email_hash = 'hash-1';"));
        Assert.Equal(PayloadCodec.Identity, Scalar(database, $"SELECT codec FROM ingested_bodies WHERE session_id = '{Id(0)}';")); // the noise
        Assert.Equal(PayloadCodec.Zstd, Scalar(database, $"SELECT codec FROM ingested_bodies WHERE session_id = '{Id(1)}';"));
    }

    [Fact]
    public async Task Open_OldFile_TheStoreKnowsTheMovedSessions()
    {
        var bodies = WriteOldFile();

        await using var store = OpenStore(out _);

        var (id, body) = bodies[5];
        Assert.Equal(IntakeOutcome.Duplicate, await store.AcceptAsync(new SessionSubmission(id, body, Sha(body), _time.GetUtcNow()), CancellationToken.None));
        Assert.Equal(IntakeOutcome.Conflict, await store.AcceptAsync(new SessionSubmission(id, Encoding.UTF8.GetBytes("{}"), Sha(Encoding.UTF8.GetBytes("{}")), _time.GetUtcNow()), CancellationToken.None));
        Assert.Equal(IntakeOutcome.Accepted, await store.AcceptAsync(new SessionSubmission("new", body, Sha(body), _time.GetUtcNow()), CancellationToken.None));
    }

    [Fact]
    public async Task Open_FileLeftHalfMovedByAKill_FinishesTheMove()
    {
        var bodies = WriteOldFile();
        MoveFirstBodiesAsAKilledRunWould(BodyMove.BatchSize + 13);

        await using var store = OpenStore(out var database);

        Assert.Equal(0, Scalar(database, "SELECT COUNT(*) FROM pragma_table_info('ingested_sessions') WHERE name = 'body';"));
        Assert.Equal(Sessions, Scalar(database, "SELECT COUNT(*) FROM ingested_bodies;"));
        foreach (var (id, body) in bodies)
        {
            Assert.Equal(body, await store.GetPayloadAsync(id, CancellationToken.None));
        }
    }

    [Fact]
    public async Task Open_FileKilledAfterTheLastBatchBeforeTheDrop_DropsTheColumn()
    {
        var bodies = WriteOldFile();
        MoveFirstBodiesAsAKilledRunWould(Sessions);

        await using var store = OpenStore(out var database);

        Assert.Equal(0, Scalar(database, "SELECT COUNT(*) FROM pragma_table_info('ingested_sessions') WHERE name = 'body';"));
        Assert.Equal(bodies[^1].Body, await store.GetPayloadAsync(bodies[^1].Id, CancellationToken.None));
    }

    [Fact]
    public async Task Open_Twice_SecondOpenChangesNothing()
    {
        WriteOldFile();
        await using (OpenStore(out _))
        {
        }

        await using var store = OpenStore(out var database);

        Assert.Equal(Sessions, Scalar(database, "SELECT COUNT(*) FROM ingested_bodies;"));
        Assert.Equal(Sessions, Scalar(database, "SELECT COUNT(*) FROM ingested_sessions;"));
    }

    private SqliteSessionStore OpenStore(out SqliteDatabase database)
    {
        database = new SqliteDatabase(File, [new SessionTablesSchema()]);
        return new SqliteSessionStore(database, new SqliteSessionQueue(database, Options.Create(new QueueOptions()), _time), _time);
    }

    /// <summary>
    /// The intake tables as main wrote them up to commit 951bf1f (DDL copied from that SessionTablesSchema, plus the
    /// email_hash column it added later), with one incompressible body and JSON bodies of different sizes.
    /// </summary>
    private List<(string Id, byte[] Body)> WriteOldFile()
    {
        using var connection = Connect();
        Execute(connection, """
            PRAGMA journal_mode=WAL;
            CREATE TABLE IF NOT EXISTS ingested_sessions (
                session_id     TEXT PRIMARY KEY,
                body           BLOB NOT NULL,
                body_sha256    TEXT NOT NULL,
                state          TEXT NOT NULL,
                failure_reason TEXT,
                report_json    TEXT,
                received_at    TEXT NOT NULL,
                updated_at     TEXT NOT NULL
            );
            CREATE INDEX IF NOT EXISTS idx_ingested_received_at ON ingested_sessions (received_at);
            CREATE INDEX IF NOT EXISTS idx_ingested_state_updated_at ON ingested_sessions (state, updated_at);
            CREATE TABLE IF NOT EXISTS queue_messages (
                id            INTEGER PRIMARY KEY AUTOINCREMENT,
                queue_name    TEXT NOT NULL,
                body          TEXT NOT NULL,
                visible_at    INTEGER NOT NULL,
                dequeue_count INTEGER NOT NULL DEFAULT 0,
                receipt       TEXT,
                last_error    TEXT,
                inserted_at   INTEGER NOT NULL
            );
            CREATE INDEX IF NOT EXISTS idx_queue_visible ON queue_messages (queue_name, visible_at);
            CREATE TABLE IF NOT EXISTS analyzer_checkpoints (
                session_id   TEXT NOT NULL,
                analyzer     TEXT NOT NULL,
                version      INTEGER NOT NULL,
                result_json  TEXT NOT NULL,
                completed_at TEXT NOT NULL,
                PRIMARY KEY (session_id, analyzer, version)
            );
            ALTER TABLE ingested_sessions ADD COLUMN email_hash TEXT;
            CREATE INDEX IF NOT EXISTS idx_ingested_email_hash ON ingested_sessions (email_hash) WHERE email_hash IS NOT NULL;
            """);
        var bodies = new List<(string, byte[])>();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.Command(
            transaction,
            """
            INSERT INTO ingested_sessions (session_id, body, body_sha256, state, failure_reason, report_json, received_at, updated_at, email_hash)
            VALUES ($id, $body, $sha, $state, $reason, NULL, $at, $at, $hash);
            """,
            ("$id", ""), ("$body", Array.Empty<byte>()), ("$sha", ""), ("$state", ""), ("$reason", null), ("$at", ""), ("$hash", null));
        for (var i = 0; i < Sessions; i++)
        {
            var body = i == 0 ? Noise() : Encoding.UTF8.GetBytes(
                $$"""{"session_id": "{{Id(i)}}", "transcript": [{{string.Join(", ", Enumerable.Range(0, 10 + (i % 40)).Select(t => $$"""{"role": "user", "content": "turn {{t}} caf\u00e9 \u00fcber"}"""))}}]}""" + "\n");
            insert.Parameters["$id"].Value = Id(i);
            insert.Parameters["$body"].Value = body;
            insert.Parameters["$sha"].Value = Sha(body);
            insert.Parameters["$state"].Value = i == 3 ? "failed" : "analyzed";
            insert.Parameters["$reason"].Value = i == 3 ? "old reason" : DBNull.Value;
            insert.Parameters["$at"].Value = new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i).UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
            insert.Parameters["$hash"].Value = i == 1 ? "hash-1" : DBNull.Value;
            insert.ExecuteNonQuery();
            bodies.Add((Id(i), body));
        }

        transaction.Commit();
        return bodies;
    }

    /// <summary>What a start killed after <paramref name="count"/> bodies leaves: those in the new table, emptied in the old column.</summary>
    private void MoveFirstBodiesAsAKilledRunWould(int count)
    {
        using var connection = Connect();
        Execute(connection, "CREATE TABLE ingested_bodies (session_id TEXT PRIMARY KEY, codec INTEGER NOT NULL, body BLOB NOT NULL);");
        var rows = new List<(string Id, byte[] Body)>();
        using (var read = connection.Command("SELECT session_id, body FROM ingested_sessions ORDER BY session_id LIMIT $n;", ("$n", count)))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), (byte[])reader.GetValue(1)));
            }
        }

        foreach (var (id, body) in rows)
        {
            var (codec, stored) = PayloadCodec.Encode(body);
            using var insert = connection.Command("INSERT INTO ingested_bodies (session_id, codec, body) VALUES ($id, $codec, $body);", ("$id", id), ("$codec", codec), ("$body", stored));
            insert.ExecuteNonQuery();
            using var empty = connection.Command("UPDATE ingested_sessions SET body = X'' WHERE session_id = $id;", ("$id", id));
            empty.ExecuteNonQuery();
        }
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = File, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static string Id(int i) => "old-" + i.ToString("D4", CultureInfo.InvariantCulture);

    private static byte[] Noise()
    {
        var bytes = new byte[30_000];
        new Random(3).NextBytes(bytes);
        return bytes;
    }

    private static string Sha(byte[] body) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body));

    private static long Scalar(SqliteDatabase database, string sql)
    {
        using var connection = database.Open();
        using var command = connection.Command(sql);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.Command(sql);
        command.ExecuteNonQuery();
    }
}
