using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Sqlite;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Pipeline;

/// <summary>Issue 13: a processed session is three commits (lease, processing, results), and a failure at the commit loses nothing and delivers once.</summary>
public sealed class SessionCommitTests : IDisposable
{
    private readonly SqliteStores _stores = new();
    private readonly List<string> _commits = [];

    public SessionCommitTests()
    {
        // Every commit of every connection the adapters open (SQLite's commit hook), by the thread-safe list.
        _stores.Database.Opened = connection => SQLitePCL.raw.sqlite3_commit_hook(connection.Handle, _ => { lock (_commits) { _commits.Add("commit"); } return 0; }, null);
    }

    public void Dispose()
    {
        _stores.Database.Opened = null;
        SqliteConnection.ClearAllPools();
        _stores.Dispose();
    }

    [Fact]
    public async Task ProcessNextAsync_SessionWithWarehouseLedgerAndOutbox_CommitsThreeTimes()
    {
        await AcceptAsync("c-1");
        var outbox = new OutboxSink(new SqliteOutbox(_stores.Database, _stores.Time));
        var sut = CreateSut([new TestAnalyzer("a"), new TestAnalyzer("b")], outbox);
        lock (_commits)
        {
            _commits.Clear();
        }

        Assert.True(await sut.ProcessNextAsync(CancellationToken.None));

        Assert.Equal(3, _commits.Count); // the lease, the processing state, then everything else
        Assert.Equal(2, _stores.Writes.Commits); // the batch's: processing at once, then the rest
        Assert.Equal(SessionState.Analyzed, (await _stores.Store.GetAsync("c-1", CancellationToken.None))!.State);
        Assert.Equal(1, _stores.Scalar("SELECT COUNT(*) FROM sessions WHERE session_id = 'c-1';"));
        Assert.Equal(2, _stores.Scalar("SELECT COUNT(*) FROM deliveries WHERE session_id = 'c-1' AND status = 'delivered';"));
        Assert.Equal(1, _stores.Scalar("SELECT COUNT(*) FROM outbox WHERE session_id = 'c-1';"));
        Assert.Equal(0, _stores.Scalar("SELECT COUNT(*) FROM analyzer_checkpoints;"));
        Assert.Equal(0, await _stores.Queue.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ProcessNextAsync_CommitFails_NothingOfTheRunIsStoredAndTheRetryDeliversOnce()
    {
        await AcceptAsync("c-2");
        var outbox = new OutboxSink(new SqliteOutbox(_stores.Database, _stores.Time));
        var failing = new FailingCommitSink(_stores.Database);
        var sut = CreateSut([new TestAnalyzer("a")], outbox, failing);

        Assert.True(await sut.ProcessNextAsync(CancellationToken.None)); // the commit throws: the attempt failed

        Assert.Equal(SessionState.Processing, (await _stores.Store.GetAsync("c-2", CancellationToken.None))!.State);
        Assert.Equal(0, _stores.Scalar("SELECT COUNT(*) FROM sessions;"));
        Assert.Equal(0, _stores.Scalar("SELECT COUNT(*) FROM deliveries;"));
        Assert.Equal(0, _stores.Scalar("SELECT COUNT(*) FROM outbox;"));
        Assert.Equal(1, await _stores.Queue.CountAsync(CancellationToken.None)); // the message waits for its retry

        failing.Fail = false;
        _stores.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await sut.ProcessNextAsync(CancellationToken.None));

        Assert.Equal(SessionState.Analyzed, (await _stores.Store.GetAsync("c-2", CancellationToken.None))!.State);
        Assert.Equal(1, _stores.Scalar("SELECT COUNT(*) FROM sessions WHERE session_id = 'c-2';"));
        Assert.Equal(1, _stores.Scalar("SELECT COUNT(*) FROM outbox WHERE session_id = 'c-2';"));
        Assert.Equal(1, _stores.Scalar("SELECT MAX(attempts) FROM deliveries WHERE session_id = 'c-2';")); // the failed run recorded nothing
        Assert.Equal(2, outbox.Deliveries); // delivered in both runs, stored once (an idempotent upsert by key)
        Assert.Equal(0, await _stores.Queue.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ProcessAsync_WithoutABatch_EveryAdapterStillCommitsAlone()
    {
        await AcceptAsync("c-3");
        var processor = new SessionProcessor(_stores.Store, _stores.Checkpoints, new SqliteLeadHistory(_stores.Database), [new TestAnalyzer("a")], _stores.Dispatcher(), _stores.Time, Options.Create(new PipelineOptions()), NullLogger<SessionProcessor>.Instance);

        await processor.ProcessAsync("c-3", CancellationToken.None);

        Assert.Equal(SessionState.Analyzed, (await _stores.Store.GetAsync("c-3", CancellationToken.None))!.State);
        Assert.Equal(0, _stores.Writes.Commits);
        Assert.True(_commits.Count >= 3);
    }

    [Fact]
    public async Task GetAsync_ReportStoredCompressed_ReadsBackTheSameJsonAndOldTextRowsStillRead()
    {
        await AcceptAsync("c-4");
        await AcceptAsync("c-5");
        const string Report = """{"session_id":"c-4","results":{"a":{"x":1}}}""";
        await _stores.Store.MarkAnalyzedAsync("c-4", Report, CancellationToken.None);
        Execute("UPDATE ingested_sessions SET report_json = '{\"old\":true}', state = 'analyzed' WHERE session_id = 'c-5';");

        Assert.Equal(Report, (await _stores.Store.GetAsync("c-4", CancellationToken.None))!.ReportJson);
        Assert.Equal("blob", TypeOfReport("c-4"));
        Assert.Equal("""{"old":true}""", (await _stores.Store.GetAsync("c-5", CancellationToken.None))!.ReportJson);
    }

    private void Execute(string sql)
    {
        using var connection = _stores.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private string TypeOfReport(string sessionId)
    {
        using var connection = _stores.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT typeof(report_json) FROM ingested_sessions WHERE session_id = $id;";
        command.Parameters.AddWithValue("$id", sessionId);
        return (string)command.ExecuteScalar()!;
    }

    private SessionQueueProcessor CreateSut(IEnumerable<IAnalyzer> analyzers, params ISessionSink[] sinks)
    {
        var warehouse = new WarehouseSink(new SqliteWarehouseWriter(_stores.Database), _stores.Time);
        var processor = new SessionProcessor(
            _stores.Store, _stores.Checkpoints, new SqliteLeadHistory(_stores.Database), analyzers, _stores.Dispatcher([warehouse, .. sinks]), _stores.Time,
            Options.Create(new PipelineOptions()), NullLogger<SessionProcessor>.Instance, writes: _stores.Writes);
        return new SessionQueueProcessor(_stores.Queue, _stores.Store, processor, Options.Create(_stores.QueueOptions), NullLogger<SessionQueueProcessor>.Instance);
    }

    private Task AcceptAsync(string sessionId) =>
        _stores.Store.AcceptAsync(new SessionSubmission(sessionId, Encoding.UTF8.GetBytes(Payloads.Minimal(sessionId)), "sha-" + sessionId, _stores.Time.GetUtcNow()), CancellationToken.None);

    /// <summary>Writes one outbox entry per session, as the unconfigured Salesforce, Amplitude and Slack sinks do.</summary>
    private sealed class OutboxSink(IOutbox outbox) : ISessionSink
    {
        private int _deliveries;

        public int Deliveries => _deliveries;

        public string Name => "outbox-probe";

        public bool IsSystemOfRecord => false;

        public Task DeliverAsync(SessionPayload session, SessionReport report, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _deliveries);
            return outbox.WriteAsync("probe", "nowhere", session.SessionId, session.SessionId, "{}", cancellationToken);
        }
    }

    /// <summary>Adds a write to the session's batch that throws when the batch commits: a failure at the commit.</summary>
    private sealed class FailingCommitSink(SqliteDatabase database) : ISessionSink
    {
        public bool Fail { get; set; } = true;

        public string Name => "failing-commit";

        public bool IsSystemOfRecord => false;

        public Task DeliverAsync(SessionPayload session, SessionReport report, CancellationToken cancellationToken) =>
            database.WriteAsync((_, _, _) => Fail ? throw new SqliteException("injected commit failure", 10) : Task.CompletedTask, cancellationToken);
    }
}
