using System.Text;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Storage.Sqlite;

public sealed class SqliteSessionStoreTests : IDisposable
{
    private readonly SqliteStores _stores = new();

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task AcceptAsync_NewSession_StoresBytesVerbatimAndEnqueuesOnce()
    {
        var body = Encoding.UTF8.GetBytes("{ \"session_id\": \"x\",  \"odd spacing\" : true }\n");

        var outcome = await _stores.Store.AcceptAsync(Submission("x", body, "h1"), CancellationToken.None);

        Assert.Equal(IntakeOutcome.Accepted, outcome);
        Assert.Equal(body, await _stores.Store.GetPayloadAsync("x", CancellationToken.None));
        Assert.Equal(1, await _stores.Queue.CountAsync(CancellationToken.None));
        Assert.Equal(SessionState.Received, (await _stores.Store.GetAsync("x", CancellationToken.None))!.State);
    }

    [Fact]
    public async Task AcceptAsync_SameBodyAgain_DuplicateAndNotEnqueuedAgain()
    {
        await _stores.Store.AcceptAsync(Submission("x", [1, 2], "h1"), CancellationToken.None);

        var outcome = await _stores.Store.AcceptAsync(Submission("x", [1, 2], "h1"), CancellationToken.None);

        Assert.Equal(IntakeOutcome.Duplicate, outcome);
        Assert.Equal(1, await _stores.Queue.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AcceptAsync_DifferentBody_ConflictAndOriginalKept()
    {
        await _stores.Store.AcceptAsync(Submission("x", [1], "h1"), CancellationToken.None);

        var outcome = await _stores.Store.AcceptAsync(Submission("x", [2], "h2"), CancellationToken.None);

        Assert.Equal(IntakeOutcome.Conflict, outcome);
        Assert.Equal([1], await _stores.Store.GetPayloadAsync("x", CancellationToken.None));
    }

    [Fact]
    public async Task AcceptAsync_DifferentBodyAfterFailure_ReplacesAndEnqueuesAgain()
    {
        await _stores.Store.AcceptAsync(Submission("x", [1], "h1"), CancellationToken.None);
        var lease = await _stores.Queue.ReceiveAsync(CancellationToken.None);
        await _stores.Queue.DeadLetterAsync(lease!, "boom", CancellationToken.None);
        await _stores.Store.MarkFailedAsync("x", "boom", CancellationToken.None);

        var outcome = await _stores.Store.AcceptAsync(Submission("x", [2], "h2"), CancellationToken.None);

        Assert.Equal(IntakeOutcome.Resubmitted, outcome);
        Assert.Equal([2], await _stores.Store.GetPayloadAsync("x", CancellationToken.None));
        var record = await _stores.Store.GetAsync("x", CancellationToken.None);
        Assert.Equal(SessionState.Received, record!.State);
        Assert.Null(record.FailureReason);
        Assert.Equal(1, await _stores.Queue.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task MarkAnalyzedAsync_KeepsReportAndClearsFailure()
    {
        await _stores.Store.AcceptAsync(Submission("x", [1], "h1"), CancellationToken.None);
        await _stores.Store.MarkFailedAsync("x", "transient", CancellationToken.None);

        await _stores.Store.MarkAnalyzedAsync("x", "{\"ok\":true}", CancellationToken.None);

        var record = await _stores.Store.GetAsync("x", CancellationToken.None);
        Assert.Equal(SessionState.Analyzed, record!.State);
        Assert.Null(record.FailureReason);
        Assert.Equal("{\"ok\":true}", record.ReportJson);
    }

    [Fact]
    public async Task MarkProcessingAsync_UnknownSession_Throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _stores.Store.MarkProcessingAsync("missing", CancellationToken.None));
    }

    [Fact]
    public async Task AcceptAsync_ConcurrentFirstWrites_OnlyOneAccepted()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => _stores.Store.AcceptAsync(Submission("x", [1], "h1"), CancellationToken.None))));

        Assert.Single(outcomes, o => o == IntakeOutcome.Accepted);
        Assert.Equal(1, await _stores.Queue.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AcceptAsync_SameBodyAfterFailure_RetriedReceivedAndEnqueuedAgainWithTheBodyKept()
    {
        await _stores.Store.AcceptAsync(Submission("x", [1, 2], "h1"), CancellationToken.None);
        await FailAsync("x");

        var outcome = await _stores.Store.AcceptAsync(Submission("x", [1, 2], "h1"), CancellationToken.None);

        Assert.Equal(IntakeOutcome.Retried, outcome);
        Assert.Equal([1, 2], await _stores.Store.GetPayloadAsync("x", CancellationToken.None));
        var record = await _stores.Store.GetAsync("x", CancellationToken.None);
        Assert.Equal(SessionState.Received, record!.State);
        Assert.Null(record.FailureReason);
        Assert.Equal(1, await _stores.Queue.CountAsync(CancellationToken.None));
        Assert.Equal("x", (await _stores.Queue.ReceiveAsync(CancellationToken.None))!.Message.SessionId);
    }

    [Fact]
    public async Task AcceptAsync_BodyStoredUnderItsRawHash_MatchesByThatHashToo()
    {
        // Sessions stored before bodies were keyed by their canonical form carry the SHA-256 of their bytes.
        await _stores.Store.AcceptAsync(Submission("x", [1], "raw-h1"), CancellationToken.None);

        var outcome = await _stores.Store.AcceptAsync(Submission("x", [1], "canonical-h1") with { BodySha256 = "raw-h1" }, CancellationToken.None);

        Assert.Equal(IntakeOutcome.Duplicate, outcome);
    }

    [Fact]
    public async Task RetryAsync_FailedSession_ReturnsFailedAndRequeuesWithTheBodyKept()
    {
        await _stores.Store.AcceptAsync(Submission("x", [1], "h1"), CancellationToken.None);
        await FailAsync("x");

        var before = await _stores.Store.RetryAsync("x", CancellationToken.None);

        Assert.Equal(SessionState.Failed, before);
        var record = await _stores.Store.GetAsync("x", CancellationToken.None);
        Assert.Equal(SessionState.Received, record!.State);
        Assert.Null(record.FailureReason);
        Assert.Equal([1], await _stores.Store.GetPayloadAsync("x", CancellationToken.None));
        Assert.Equal(1, await _stores.Queue.CountAsync(CancellationToken.None));
        Assert.Equal(SessionState.Received, await _stores.Store.RetryAsync("x", CancellationToken.None)); // a second retry changes nothing
        Assert.Equal(1, await _stores.Queue.CountAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(SessionState.Received)]
    [InlineData(SessionState.Processing)]
    [InlineData(SessionState.Analyzed)]
    public async Task RetryAsync_SessionNotFailed_ReturnsItsStateAndChangesNothing(SessionState state)
    {
        await _stores.Store.AcceptAsync(Submission("x", [1], "h1"), CancellationToken.None);
        _ = await _stores.Queue.ReceiveAsync(CancellationToken.None);
        if (state == SessionState.Processing)
        {
            await _stores.Store.MarkProcessingAsync("x", CancellationToken.None);
        }
        else if (state == SessionState.Analyzed)
        {
            await _stores.Store.MarkAnalyzedAsync("x", "{}", CancellationToken.None);
        }

        var before = await _stores.Store.RetryAsync("x", CancellationToken.None);

        Assert.Equal(state, before);
        Assert.Equal(state, (await _stores.Store.GetAsync("x", CancellationToken.None))!.State);
        Assert.Equal(1, await _stores.Queue.CountAsync(CancellationToken.None)); // only the first message, still leased
    }

    [Fact]
    public async Task RetryAsync_UnknownSession_Null()
    {
        Assert.Null(await _stores.Store.RetryAsync("missing", CancellationToken.None));
        Assert.Equal(0, await _stores.Queue.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AcceptAsync_DifferentBodyAfterFailure_DropsTheOldBodysCheckpoints_SameBodyKeepsThem()
    {
        await _stores.Store.AcceptAsync(Submission("x", [1], "h1"), CancellationToken.None);
        await _stores.Store.AcceptAsync(Submission("y", [1], "h1"), CancellationToken.None);
        await _stores.Checkpoints.SaveAsync("x", "sentiment", 1, "{\"old\":true}", CancellationToken.None);
        await _stores.Checkpoints.SaveAsync("y", "sentiment", 1, "{\"old\":true}", CancellationToken.None);
        await FailAsync("x");
        await _stores.Store.MarkFailedAsync("y", "boom", CancellationToken.None);

        Assert.Equal(IntakeOutcome.Resubmitted, await _stores.Store.AcceptAsync(Submission("x", [2], "h2"), CancellationToken.None));
        Assert.Equal(IntakeOutcome.Retried, await _stores.Store.AcceptAsync(Submission("y", [1], "h1"), CancellationToken.None));

        // A new body is analyzed from scratch; the same body again re-runs only what did not finish.
        Assert.Null(await _stores.Checkpoints.GetAsync("x", "sentiment", 1, CancellationToken.None));
        Assert.NotNull(await _stores.Checkpoints.GetAsync("y", "sentiment", 1, CancellationToken.None));
    }

    private async Task FailAsync(string sessionId)
    {
        var lease = await _stores.Queue.ReceiveAsync(CancellationToken.None);
        await _stores.Queue.DeadLetterAsync(lease!, "boom", CancellationToken.None);
        await _stores.Store.MarkFailedAsync(sessionId, "boom", CancellationToken.None);
    }

    private SessionSubmission Submission(string id, byte[] body, string sha) => new(id, body, sha, _stores.Time.GetUtcNow());
}
