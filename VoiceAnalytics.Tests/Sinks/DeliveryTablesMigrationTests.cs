using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Sinks;

/// <summary>A file written before the outbox had its codec column and session index opens as a current one.</summary>
public sealed class DeliveryTablesMigrationTests : IDisposable
{
    // The outbox as it shipped before payload compression (commit 951bf1f).
    private const string OldDdl = """
        CREATE TABLE outbox (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            sink        TEXT NOT NULL,
            destination TEXT NOT NULL,
            message_key TEXT NOT NULL,
            session_id  TEXT,
            payload     TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            UNIQUE (sink, message_key)
        );
        CREATE INDEX idx_outbox_created ON outbox (created_at);
        INSERT INTO outbox (sink, destination, message_key, session_id, payload, created_at)
        VALUES ('salesforce', 'Lead', 's-1:lead', 's-1', '{"Email":"ana@example.com","Note":"Zoë"}', '2026-08-01T10:00:00.0000000Z'),
               ('slack', '#digest', 'digest:2026-08-01', NULL, '{"text":"Ana Lima called"}', '2026-08-01T11:00:00.0000000Z');
        """;

    private readonly TempFolder _folder = new();

    private string File => Path.Combine(_folder.Path, "old.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task Open_OldFile_OldRowsReadAsTextAndNewOnesCompressed()
    {
        WriteOldFile();
        var database = Open();
        var outbox = new SqliteOutbox(database, new FakeTimeProvider(new DateTimeOffset(2026, 8, 2, 0, 0, 0, TimeSpan.Zero)));

        await outbox.WriteAsync("salesforce", "Lead", "s-2:lead", "s-2", "{\"Email\":\"bo@example.com\"}", CancellationToken.None);

        Assert.Equal("{\"Email\":\"ana@example.com\",\"Note\":\"Zoë\"}", Assert.Single(await outbox.ListAsync(null, "s-1", 10, CancellationToken.None)).Payload);
        Assert.Equal("{\"Email\":\"bo@example.com\"}", Assert.Single(await outbox.ListAsync(null, "s-2", 10, CancellationToken.None)).Payload);
        Assert.Equal(["0", "0", "1"], Query(database, "SELECT codec FROM outbox ORDER BY id;"));
    }

    [Fact]
    public void Open_OldFile_TheSessionFilterReadsTheNewIndex()
    {
        WriteOldFile();
        var database = Open();
        using var connection = database.Open();

        var plan = SqliteQueryPlan.Explain(connection, SqliteOutbox.ListBySessionSql);

        Assert.Contains(plan, line => line.Contains("USING INDEX idx_outbox_session (session_id=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Open_OldFile_ErasureRewritesAnOldSharedTextRow()
    {
        WriteOldFile();
        var database = Open();

        var erased = await new SqliteDeliveryPrivacy(database).EraseAsync(["s-1"], new PersonMention("ana@example.com", null, "Ana Lima", null), CancellationToken.None);

        Assert.Equal((1, 1), (erased.OutboxEntries, erased.OutboxRewritten));
        var shared = Assert.Single(await new SqliteOutbox(database, TimeProvider.System).ListAsync(null, null, 10, CancellationToken.None));
        Assert.Equal("{\"text\":\"[NAME] called\"}", shared.Payload);
    }

    [Fact]
    public void Open_Twice_KeepsOneCodecColumn()
    {
        WriteOldFile();
        Open();

        var database = Open();

        Assert.Equal(["1"], Query(database, "SELECT COUNT(*) FROM pragma_table_info('outbox') WHERE name = 'codec';"));
    }

    private void WriteOldFile()
    {
        using var connection = new SqliteConnection($"Data Source={File}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = OldDdl;
        command.ExecuteNonQuery();
    }

    private SqliteDatabase Open() => new(File, [new DeliveryTablesSchema()]);

    private static List<string> Query(SqliteDatabase database, string sql)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
