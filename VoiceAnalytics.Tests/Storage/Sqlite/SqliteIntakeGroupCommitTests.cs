using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Storage.Sqlite;

/// <summary>
/// Group commit at intake (<see cref="SqliteIntakeWriter"/>): submissions waiting while a commit runs share the next
/// one, are decided in arrival order, and each caller hears its own outcome or its batch's failure. The writer's
/// first commit is held at a gate so the tests choose what lands in one batch.
/// </summary>
public sealed class SqliteIntakeGroupCommitTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 8, 18, 15, 0, 0, TimeSpan.Zero));
    private readonly TaskCompletionSource _firstOpened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SqliteDatabase _database = null!;
    private SqliteSessionQueue _queue = null!;
    private SqliteSessionStore _store = null!;
    private int _opens;

    /// <summary>Makes every commit's connection refuse to grow the file (SQLITE_FULL, as on a full disk).</summary>
    private volatile bool _diskFull;

    public Task InitializeAsync()
    {
        _database = new SqliteDatabase(Path.Combine(_folder.Path, "intake.db"), [new SessionTablesSchema()]);
        _queue = new SqliteSessionQueue(_database, Options.Create(new QueueOptions()), _time);
        _store = new SqliteSessionStore(_database, _queue, _time, OpenAsync);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _gate.TrySetResult();
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task AcceptAsync_SubmissionsWaitingDuringACommit_ShareTheNextCommitAndAllAreStored()
    {
        var first = _store.AcceptAsync(Submission("s-000", Body("s-000"), "h-000"), CancellationToken.None);
        await _firstOpened.Task;
        var waiting = Enumerable.Range(1, 40).Select(i => _store.AcceptAsync(Submission($"s-{i:D3}", Body($"s-{i:D3}"), $"h-{i:D3}"), CancellationToken.None)).ToList();

        _gate.SetResult();
        var outcomes = await Task.WhenAll(waiting.Prepend(first));

        Assert.All(outcomes, o => Assert.Equal(IntakeOutcome.Accepted, o));
        Assert.Equal(2, _opens); // the held commit, then one for all forty
        Assert.Equal(41, await _queue.CountAsync(CancellationToken.None));
        for (var i = 0; i <= 40; i++)
        {
            Assert.Equal(Body($"s-{i:D3}"), await _store.GetPayloadAsync($"s-{i:D3}", CancellationToken.None));
        }
    }

    [Fact]
    public async Task AcceptAsync_SameSessionTwiceInOneBatch_DecidedInArrivalOrder()
    {
        var first = await HoldFirstCommitAsync();
        var accepted = _store.AcceptAsync(Submission("x", Body("x-1"), "h1"), CancellationToken.None);
        var duplicate = _store.AcceptAsync(Submission("x", Body("x-1"), "h1"), CancellationToken.None);
        var conflict = _store.AcceptAsync(Submission("x", Body("x-2"), "h2"), CancellationToken.None);

        _gate.SetResult();
        await first;

        Assert.Equal(IntakeOutcome.Accepted, await accepted);
        Assert.Equal(IntakeOutcome.Duplicate, await duplicate);
        Assert.Equal(IntakeOutcome.Conflict, await conflict);
        Assert.Equal(2, _opens);
        Assert.Equal(Body("x-1"), await _store.GetPayloadAsync("x", CancellationToken.None));
        Assert.Equal(2, await _queue.CountAsync(CancellationToken.None)); // "first" and x once
    }

    [Fact]
    public async Task AcceptAsync_FailedSessionResubmittedTwiceInOneBatch_ReplacedOnceThenDuplicate()
    {
        _gate.SetResult();
        await _store.AcceptAsync(Submission("x", Body("old"), "h-old"), CancellationToken.None);
        var lease = await _queue.ReceiveAsync(CancellationToken.None);
        await _queue.CompleteAsync(lease!, CancellationToken.None);
        await _store.MarkFailedAsync("x", "boom", CancellationToken.None);
        var held = new TaskCompletionSource();
        _holdNext = held;
        var blocker = _store.AcceptAsync(Submission("blocker", Body("blocker"), "hb"), CancellationToken.None);
        await _heldOpened.Task;

        var replaced = _store.AcceptAsync(Submission("x", Body("new"), "h-new"), CancellationToken.None);
        var again = _store.AcceptAsync(Submission("x", Body("new"), "h-new"), CancellationToken.None);
        var other = _store.AcceptAsync(Submission("x", Body("newer"), "h-newer"), CancellationToken.None);
        held.SetResult();
        await blocker;

        Assert.Equal(IntakeOutcome.Resubmitted, await replaced);
        Assert.Equal(IntakeOutcome.Duplicate, await again);
        Assert.Equal(IntakeOutcome.Conflict, await other);
        Assert.Equal(Body("new"), await _store.GetPayloadAsync("x", CancellationToken.None));
        Assert.Equal(SessionState.Received, (await _store.GetAsync("x", CancellationToken.None))!.State);
    }

    [Fact]
    public async Task AcceptAsync_ManyConcurrentDistinctAndDuplicateIds_OneAcceptPerIdAndEveryAcceptedReadable()
    {
        _gate.SetResult();
        var submissions = Enumerable.Range(0, 300).Select(i => Submission($"c-{i % 100:D3}", Body($"c-{i % 100:D3}"), $"h-{i % 100:D3}")).ToList();

        var outcomes = await Task.WhenAll(submissions.Select(s => Task.Run(() => _store.AcceptAsync(s, CancellationToken.None))));

        Assert.Equal(100, outcomes.Count(o => o == IntakeOutcome.Accepted));
        Assert.Equal(200, outcomes.Count(o => o == IntakeOutcome.Duplicate));
        Assert.Equal(100, await _queue.CountAsync(CancellationToken.None));
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(Body($"c-{i:D3}"), await _store.GetPayloadAsync($"c-{i:D3}", CancellationToken.None));
        }
    }

    [Fact]
    public async Task AcceptAsync_BatchFailsOnAFullDisk_EveryCallerGetsTheStorageFailureAndTheNextBatchIsStored()
    {
        var first = await HoldFirstCommitAsync();
        _diskFull = true;
        var doomed = Enumerable.Range(0, 5).Select(i => _store.AcceptAsync(Submission($"f-{i}", Noise(i), $"h-{i}"), CancellationToken.None)).ToList();

        _gate.SetResult();
        await first;
        var failures = new List<Exception>();
        foreach (var task in doomed)
        {
            failures.Add(await Assert.ThrowsAsync<SqliteException>(() => task));
        }

        Assert.All(failures, f => Assert.Equal("full", StorageFailure.From(f)?.Cause));
        Assert.Equal(2, _opens); // one failed commit, not one per caller
        for (var i = 0; i < 5; i++)
        {
            Assert.Null(await _store.GetAsync($"f-{i}", CancellationToken.None));
        }

        _diskFull = false;
        Assert.Equal(IntakeOutcome.Accepted, await _store.AcceptAsync(Submission("after", Body("after"), "h-after"), CancellationToken.None));
        Assert.Equal(Body("after"), await _store.GetPayloadAsync("after", CancellationToken.None));
    }

    [Fact]
    public async Task AcceptAsync_OneSubmissionBreaksItsBatch_OnlyThatCallerFails()
    {
        using (var connection = _database.Open())
        using (var trigger = connection.Command("CREATE TRIGGER refuse_bad BEFORE INSERT ON ingested_bodies WHEN NEW.session_id = 'bad' BEGIN SELECT RAISE(ABORT, 'refused'); END;"))
        {
            trigger.ExecuteNonQuery();
        }

        var first = await HoldFirstCommitAsync();
        var good1 = _store.AcceptAsync(Submission("good-1", Body("good-1"), "h1"), CancellationToken.None);
        var bad = _store.AcceptAsync(Submission("bad", Body("bad"), "hb"), CancellationToken.None);
        var good2 = _store.AcceptAsync(Submission("good-2", Body("good-2"), "h2"), CancellationToken.None);

        _gate.SetResult();
        await first;

        Assert.Equal(IntakeOutcome.Accepted, await good1);
        Assert.Equal(IntakeOutcome.Accepted, await good2);
        await Assert.ThrowsAsync<SqliteException>(() => bad);
        Assert.Null(await _store.GetAsync("bad", CancellationToken.None));
        Assert.Equal(Body("good-2"), await _store.GetPayloadAsync("good-2", CancellationToken.None));
    }

    [Fact]
    public async Task AcceptAsync_CallerCancelsWhileWaiting_NotStoredAndItsBatchNeighbourIs()
    {
        var first = await HoldFirstCommitAsync();
        using var giveUp = new CancellationTokenSource();
        var cancelled = _store.AcceptAsync(Submission("gave-up", Body("gave-up"), "hg"), giveUp.Token);
        var neighbour = _store.AcceptAsync(Submission("stayed", Body("stayed"), "hs"), CancellationToken.None);

        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        _gate.SetResult();
        await first;

        Assert.Equal(IntakeOutcome.Accepted, await neighbour);
        Assert.Null(await _store.GetAsync("gave-up", CancellationToken.None));
        Assert.Equal(2, await _queue.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AcceptAsync_CallerCancelsAfterItsCommitStarted_TheBatchIsStoredWhole()
    {
        using var giveUp = new CancellationTokenSource();
        var held = _store.AcceptAsync(Submission("held", Body("held"), "hh"), giveUp.Token);
        await _firstOpened.Task;

        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => held);
        _gate.SetResult();
        var next = await _store.AcceptAsync(Submission("next", Body("next"), "hn"), CancellationToken.None);

        // Its bytes were already in a commit under way: they are kept, and the same POST again is a duplicate.
        Assert.Equal(IntakeOutcome.Accepted, next);
        Assert.Equal(Body("held"), await _store.GetPayloadAsync("held", CancellationToken.None));
        Assert.Equal(IntakeOutcome.Duplicate, await _store.AcceptAsync(Submission("held", Body("held"), "hh"), CancellationToken.None));
    }

    [Fact]
    public async Task DisposeAsync_SubmissionsWaiting_WritesThemThenRefusesNewOnes()
    {
        var first = await HoldFirstCommitAsync();
        var waiting = Enumerable.Range(0, 3).Select(i => _store.AcceptAsync(Submission($"w-{i}", Body($"w-{i}"), $"h-{i}"), CancellationToken.None)).ToList();

        var disposing = _store.DisposeAsync().AsTask();
        _gate.SetResult();
        await disposing;

        await first;
        Assert.All(await Task.WhenAll(waiting), o => Assert.Equal(IntakeOutcome.Accepted, o));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => _store.AcceptAsync(Submission("late", Body("late"), "hl"), CancellationToken.None));
        Assert.Equal(4, await _queue.CountAsync(CancellationToken.None));
    }

    // A second hold, for tests that need the first commit to run freely.
    private TaskCompletionSource? _holdNext;
    private readonly TaskCompletionSource _heldOpened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Starts one submission whose commit waits at the gate; its task, once the writer holds it.</summary>
    private async Task<Task<IntakeOutcome>> HoldFirstCommitAsync()
    {
        var first = _store.AcceptAsync(Submission("first", Body("first"), "h-first"), CancellationToken.None);
        await _firstOpened.Task;
        return first;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _opens) == 1)
        {
            _firstOpened.TrySetResult();
            await _gate.Task;
        }
        else if (Interlocked.Exchange(ref _holdNext, null) is { } hold)
        {
            _heldOpened.TrySetResult();
            await hold.Task;
        }

        var connection = await _database.OpenSyncedAsync(cancellationToken);
        if (_diskFull)
        {
            using var count = connection.Command("PRAGMA page_count;");
            var pages = Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            using var limit = connection.Command($"PRAGMA max_page_count = {pages};");
            limit.ExecuteNonQuery();
        }

        return connection;
    }

    private SessionSubmission Submission(string id, byte[] body, string sha) => new(id, body, sha, _time.GetUtcNow());

    /// <summary>Bytes that do not compress: they need new pages, which a full disk cannot give.</summary>
    private static byte[] Noise(int seed)
    {
        var bytes = new byte[20_000];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Body(string id) => Encoding.UTF8.GetBytes($$"""{"session_id":"{{id}}","transcript":[{"role":"user","content":"{{new string('a', 2000)}}"}]}""");
}
