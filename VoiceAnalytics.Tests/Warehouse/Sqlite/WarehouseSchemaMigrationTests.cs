using Microsoft.Data.Sqlite;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse.Sqlite;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Warehouse.Sqlite;

/// <summary>
/// A database file written before <c>sessions</c> had <c>industry</c>, <c>agent_version</c> and <c>ended_at</c>
/// opens as a current one (<see cref="Core.Storage.Sqlite.ISqliteColumnAdditions"/>).
/// </summary>
public sealed class WarehouseSchemaMigrationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string File => Path.Combine(_folder.Path, "old.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public void Open_OldFile_AddsTheColumnsAndTheirIndex()
    {
        WriteOldFile();

        var database = Open();

        Assert.Equal(["agent_version", "ended_at", "industry"], Query(database, "SELECT name FROM pragma_table_info('sessions') WHERE name IN ('industry', 'agent_version', 'ended_at') ORDER BY name;"));
        Assert.Equal(["idx_ended_at"], Query(database, "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'idx_ended_at';"));
    }

    [Fact]
    public void Open_OldFile_BackfillsEndedAtWithEndElseStartAndIndustryFromTheAnalysis()
    {
        WriteOldFile();

        var database = Open();

        Assert.Equal(
            ["old-ended|2026-08-17T09:05:00.000Z|legal|", "old-no-end|2026-08-17T10:00:00.000Z||", "old-bad-json|2026-08-17T11:05:00.000Z||"],
            Query(database, "SELECT session_id || '|' || ended_at || '|' || COALESCE(industry, '') || '|' || COALESCE(agent_version, '') FROM sessions ORDER BY start_time;"));
    }

    [Fact]
    public async Task Open_OldFile_TheOpsWindowFindsTheMigratedSessions()
    {
        WriteOldFile();

        var ended = await new SqliteOpsFigures(Open()).SessionOutcomesAsync(
            new DateTimeOffset(2026, 8, 17, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 8, 17, 10, 0, 1, TimeSpan.Zero), CancellationToken.None);

        Assert.Equal(["old-ended", "old-no-end"], ended.Select(o => o.SessionId));
    }

    [Fact]
    public async Task Open_OldFile_OldSessionsReadWithoutCallFigures()
    {
        WriteOldFile();

        var database = Open();
        var ended = await new SqliteOpsFigures(database).SessionOutcomesAsync(
            new DateTimeOffset(2026, 8, 17, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 8, 17, 12, 0, 0, TimeSpan.Zero), CancellationToken.None);

        Assert.Equal(
            ["close_reason", "failed_tools", "jitter_ms", "packet_loss_percent"],
            Query(database, "SELECT name FROM pragma_table_info('sessions') WHERE name IN ('close_reason', 'failed_tools', 'packet_loss_percent', 'jitter_ms') ORDER BY name;"));
        Assert.Equal(3, ended.Count);
        Assert.All(ended, o => Assert.True(o is { CloseReason: null, FailedTools.Count: 0, PacketLossPercent: null, JitterMs: null }, o.SessionId));
    }

    [Fact]
    public void Open_Twice_BackfillsOnlyTheFirstTime()
    {
        WriteOldFile();
        var first = Open();
        Execute(first, "UPDATE sessions SET industry = 'changed since' WHERE session_id = 'old-ended';");

        var second = Open();

        Assert.Equal(["changed since"], Query(second, "SELECT industry FROM sessions WHERE session_id = 'old-ended';"));
    }

    [Fact]
    public async Task Open_FileWithAnFtsCopyOfTheText_RebuildsItAsExternalContentOnce()
    {
        WriteOldFile();
        Execute(File, """
            CREATE TABLE transcripts (session_id TEXT PRIMARY KEY REFERENCES sessions (session_id), transcript_json TEXT NOT NULL,
                transcript_text TEXT NOT NULL, word_count INTEGER NOT NULL, created_at TEXT NOT NULL);
            CREATE VIRTUAL TABLE transcripts_fts USING fts5 (session_id UNINDEXED, transcript_text);
            INSERT INTO transcripts VALUES ('old-ended', '{"items":[{"role":"user","content":["xylophone"]}]}', 'user: xylophone please', 3, '2026-08-17T09:06:00.000Z');
            INSERT INTO transcripts_fts (rowid, session_id, transcript_text) SELECT rowid, session_id, transcript_text FROM transcripts;
            """);

        var database = Open();
        Open(); // a second start finds the new form and leaves it

        Assert.Contains("content='transcripts'", Query(database, "SELECT sql FROM sqlite_master WHERE name = 'transcripts_fts';").Single(), StringComparison.Ordinal);
        Assert.Empty(Query(database, "SELECT name FROM sqlite_master WHERE name = 'transcripts_fts_content';"));
        Assert.Equal(["old-ended"], Query(database, "SELECT session_id FROM transcripts_fts WHERE transcripts_fts MATCH 'xylophone';"));
        var old = (await new SqliteWarehouseExport(database).ReadPageAsync("old-bad-json", 1, CancellationToken.None)).Single();
        Assert.Equal("""{"items":[{"role":"user","content":["xylophone"]}]}""", old.Transcript.TranscriptJson); // TEXT rows read as they are
        Execute(database, "UPDATE transcripts SET transcript_text = 'user: marimba' WHERE session_id = 'old-ended';");
        Execute(database, "INSERT INTO transcripts_fts (transcripts_fts, rank) VALUES ('integrity-check', 1);");
        Assert.Empty(Query(database, "SELECT session_id FROM transcripts_fts WHERE transcripts_fts MATCH 'xylophone';"));
    }

    private SqliteDatabase Open() => new(File, [new SessionTablesSchema(), new WarehouseSchema(), new DashboardRollupSchema()]);

    /// <summary>The sessions table as it shipped first (no industry, agent_version, ended_at) and an analysis row.</summary>
    private static void Execute(string file, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void WriteOldFile()
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = File, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE sessions (
                session_id TEXT PRIMARY KEY, start_time TEXT, end_time TEXT, duration_seconds INTEGER, participant_id TEXT,
                user_email TEXT, user_name TEXT, turn_count INTEGER, interruption_count INTEGER, qualification_tier TEXT,
                lead_score INTEGER, engagement_score REAL, sentiment TEXT, meeting_booked INTEGER, created_at TEXT NOT NULL);
            CREATE TABLE analysis_results (
                session_id TEXT PRIMARY KEY REFERENCES sessions (session_id), sales_intelligence TEXT, lead_score_breakdown TEXT,
                quality_analysis TEXT, sentiment_analysis TEXT, objections TEXT, competitors TEXT, performance_analysis TEXT,
                content_gaps TEXT, action_items TEXT, executive_summary TEXT, analyzed_at TEXT NOT NULL, analyzer_version TEXT NOT NULL);
            INSERT INTO sessions (session_id, start_time, end_time, created_at) VALUES
                ('old-ended', '2026-08-17T09:00:00.000Z', '2026-08-17T09:05:00.000Z', '2026-08-17T09:06:00.000Z'),
                ('old-no-end', '2026-08-17T10:00:00.000Z', NULL, '2026-08-17T10:06:00.000Z'),
                ('old-bad-json', '2026-08-17T11:00:00.000Z', '2026-08-17T11:05:00.000Z', '2026-08-17T11:06:00.000Z');
            INSERT INTO analysis_results (session_id, sales_intelligence, analyzed_at, analyzer_version) VALUES
                ('old-ended', '{"product_fit":{"industry":{"value":"legal","confidence":0.9}}}', '2026-08-17T09:06:00.000Z', 'v1'),
                ('old-bad-json', 'not json', '2026-08-17T11:06:00.000Z', 'v1');
            """;
        command.ExecuteNonQuery();
    }

    private static List<string> Query(SqliteDatabase database, string sql)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static void Execute(SqliteDatabase database, string sql)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
