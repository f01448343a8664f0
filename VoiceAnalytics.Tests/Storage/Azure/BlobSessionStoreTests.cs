using System.Text;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Azure;

namespace VoiceAnalytics.Tests.Storage.Azure;

[Collection(AzuriteCollection.Name)]
public sealed class BlobSessionStoreTests
{
    // A BOM, CRLF, odd spacing and non-ASCII: anything a re-serialization would change.
    private static readonly byte[] BodyA = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{ \"session_id\" :\"s-1\",\r\n  \"note\": \"caf\u00e9 \\u00e9\" }")];
    private static readonly byte[] BodyB = Encoding.UTF8.GetBytes("{\"session_id\":\"s-1\",\"note\":\"other\"}");

    private readonly AzureStores _stores;

    public BlobSessionStoreTests(AzuriteFixture azurite) => _stores = new AzureStores(azurite);

    [Fact]
    public async Task AcceptAsync_NewSession_StoresExactBytesAndEnqueuesOnce()
    {
        var outcome = await _stores.Store.AcceptAsync(_stores.Submission("s-1", BodyA), CancellationToken.None);

        Assert.Equal(IntakeOutcome.Accepted, outcome);
        Assert.Equal(BodyA, await _stores.Store.GetPayloadAsync("s-1", CancellationToken.None));
        var properties = (await _stores.Container.GetBlobClient("payloads/s-1.json").GetPropertiesAsync()).Value;
        Assert.Equal("application/json", properties.ContentType);
        Assert.Equal(1, await _stores.Queue.CountAsync(CancellationToken.None));
        var lease = await _stores.Queue.ReceiveAsync(CancellationToken.None);
        Assert.Equal(new SessionMessage("s-1", "payloads/s-1.json", _stores.Time.GetUtcNow()), lease!.Message);
    }

    [Fact]
    public async Task AcceptAsync_SameBodyTwice_DuplicateAndStillOneMessage()
    {
        await _stores.Store.AcceptAsync(_stores.Submission("s-1", BodyA), CancellationToken.None);

        var outcome = await _stores.Store.AcceptAsync(_stores.Submission("s-1", BodyA), CancellationToken.None);

        Assert.Equal(IntakeOutcome.Duplicate, outcome);
        Assert.Equal(1, await _stores.Queue.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AcceptAsync_DifferentBody_ConflictAndOriginalKept()
    {
        await _stores.Store.AcceptAsync(_stores.Submission("s-1", BodyA), CancellationToken.None);
        await _stores.Store.MarkProcessingAsync("s-1", CancellationToken.None);

        var outcome = await _stores.Store.AcceptAsync(_stores.Submission("s-1", BodyB), CancellationToken.None);

        Assert.Equal(IntakeOutcome.Conflict, outcome);
        Assert.Equal(BodyA, await _stores.Store.GetPayloadAsync("s-1", CancellationToken.None));
        Assert.Equal(1, await _stores.Queue.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AcceptAsync_DifferentBodyAfterFailure_ResubmittedWithNewBytesAndMessage()
    {
        await _stores.Store.AcceptAsync(_stores.Submission("s-1", BodyA), CancellationToken.None);
        await _stores.Store.MarkFailedAsync("s-1", "bad transcript", CancellationToken.None);

        var outcome = await _stores.Store.AcceptAsync(_stores.Submission("s-1", BodyB), CancellationToken.None);

        Assert.Equal(IntakeOutcome.Resubmitted, outcome);
        Assert.Equal(BodyB, await _stores.Store.GetPayloadAsync("s-1", CancellationToken.None));
        Assert.Equal(2, await _stores.Queue.CountAsync(CancellationToken.None));
        var record = await _stores.Store.GetAsync("s-1", CancellationToken.None);
        Assert.Equal(SessionState.Received, record!.State);
        Assert.Null(record.FailureReason);
    }

    [Fact]
    public async Task AcceptAsync_DuplicateOfNeverEnqueuedSession_EnqueuesNow()
    {
        // The first request dies between storing the blob and enqueueing.
        var flaky = Substitute.For<ISessionQueue>();
        flaky.EnqueueAsync(Arg.Any<SessionMessage>(), Arg.Any<CancellationToken>()).ThrowsAsync(new IOException("queue unreachable"));
        var firstTry = new BlobSessionStore(_stores.Container, flaky, _stores.Time);
        await Assert.ThrowsAsync<IOException>(() => firstTry.AcceptAsync(_stores.Submission("s-1", BodyA), CancellationToken.None));
        Assert.Equal(BodyA, await _stores.Store.GetPayloadAsync("s-1", CancellationToken.None));
        Assert.Equal(0, await _stores.Queue.CountAsync(CancellationToken.None));

        var retry = await _stores.Store.AcceptAsync(_stores.Submission("s-1", BodyA), CancellationToken.None);
        var again = await _stores.Store.AcceptAsync(_stores.Submission("s-1", BodyA), CancellationToken.None);

        Assert.Equal(IntakeOutcome.Duplicate, retry);
        Assert.Equal(IntakeOutcome.Duplicate, again);
        Assert.Equal(1, await _stores.Queue.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AcceptAsync_ConcurrentFirstWrites_OnlyOneAccepted()
    {
        var bodies = Enumerable.Range(0, 8).Select(i => Encoding.UTF8.GetBytes($"{{\"session_id\":\"s-1\",\"n\":{i}}}")).ToArray();

        var outcomes = await Task.WhenAll(bodies.Select(b => _stores.Store.AcceptAsync(_stores.Submission("s-1", b), CancellationToken.None)));

        Assert.Single(outcomes, o => o == IntakeOutcome.Accepted);
        Assert.Equal(7, outcomes.Count(o => o == IntakeOutcome.Conflict));
        var winner = bodies[Array.IndexOf(outcomes, IntakeOutcome.Accepted)];
        Assert.Equal(winner, await _stores.Store.GetPayloadAsync("s-1", CancellationToken.None));
        Assert.Equal(1, await _stores.Queue.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task MarkAsync_StatusTransitions_RecordedWithTimesReasonAndReport()
    {
        var receivedAt = _stores.Time.GetUtcNow();
        await _stores.Store.AcceptAsync(_stores.Submission("s-1", BodyA), CancellationToken.None);
        var received = await _stores.Store.GetAsync("s-1", CancellationToken.None);
        Assert.Equal(new SessionRecord("s-1", SessionState.Received, receivedAt, receivedAt, null, null), received);

        _stores.Time.Advance(TimeSpan.FromSeconds(5));
        await _stores.Store.MarkProcessingAsync("s-1", CancellationToken.None);
        var processing = await _stores.Store.GetAsync("s-1", CancellationToken.None);
        Assert.Equal(new SessionRecord("s-1", SessionState.Processing, receivedAt, receivedAt.AddSeconds(5), null, null), processing);

        // Metadata is ASCII-only: the reason must survive non-ASCII text and newlines.
        const string Reason = "Analyzer \u00abturns\u00bb failed:\nKeyNotFoundException \u2713 \ud83d\ude00";
        _stores.Time.Advance(TimeSpan.FromSeconds(5));
        await _stores.Store.MarkFailedAsync("s-1", Reason, CancellationToken.None);
        var failed = await _stores.Store.GetAsync("s-1", CancellationToken.None);
        Assert.Equal(new SessionRecord("s-1", SessionState.Failed, receivedAt, receivedAt.AddSeconds(10), Reason, null), failed);

        const string Report = "{\"session_id\":\"s-1\",\"score\":0.93,\"note\":\"\u00e9\"}";
        _stores.Time.Advance(TimeSpan.FromSeconds(5));
        await _stores.Store.MarkAnalyzedAsync("s-1", Report, CancellationToken.None);
        var analyzed = await _stores.Store.GetAsync("s-1", CancellationToken.None);
        Assert.Equal(new SessionRecord("s-1", SessionState.Analyzed, receivedAt, receivedAt.AddSeconds(15), null, Report), analyzed);
        Assert.True(await _stores.Container.GetBlobClient("reports/s-1.json").ExistsAsync());
    }

    [Fact]
    public async Task MarkFailedAsync_VeryLongReason_StoredCapped()
    {
        await _stores.Store.AcceptAsync(_stores.Submission("s-1", BodyA), CancellationToken.None);

        await _stores.Store.MarkFailedAsync("s-1", new string('\u00e9', 20_000), CancellationToken.None);

        var record = await _stores.Store.GetAsync("s-1", CancellationToken.None);
        Assert.StartsWith(new string('\u00e9', 100), record!.FailureReason, StringComparison.Ordinal);
        Assert.True(record.FailureReason!.Length < 2_000);
    }

    [Fact]
    public async Task GetAsync_UnknownSession_Null()
    {
        Assert.Null(await _stores.Store.GetAsync("nope", CancellationToken.None));
        Assert.Null(await _stores.Store.GetPayloadAsync("nope", CancellationToken.None));
    }

    [Fact]
    public async Task MarkProcessingAsync_UnknownSession_Throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _stores.Store.MarkProcessingAsync("nope", CancellationToken.None));
    }

    [Fact]
    public async Task AcceptAsync_CanceledToken_ThrowsOperationCanceled()
    {
        using var canceled = new CancellationTokenSource();
        await canceled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _stores.Store.AcceptAsync(_stores.Submission("s-1", BodyA), canceled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _stores.Store.GetAsync("s-1", canceled.Token));
    }

    [Fact]
    public async Task AcceptAsync_SameBodyAfterFailure_RetriedReceivedAndEnqueuedAgainWithTheBytesKept()
    {
        var receivedAt = _stores.Time.GetUtcNow();
        await _stores.Store.AcceptAsync(_stores.Submission("s-1", BodyA), CancellationToken.None);
        await _stores.Store.MarkFailedAsync("s-1", "bad luck", CancellationToken.None);
        _stores.Time.Advance(TimeSpan.FromMinutes(1));

        var outcome = await _stores.Store.AcceptAsync(_stores.Submission("s-1", BodyA), CancellationToken.None);

        Assert.Equal(IntakeOutcome.Retried, outcome);
        Assert.Equal(BodyA, await _stores.Store.GetPayloadAsync("s-1", CancellationToken.None));
        Assert.Equal(new SessionRecord("s-1", SessionState.Received, receivedAt, receivedAt.AddMinutes(1), null, null), await _stores.Store.GetAsync("s-1", CancellationToken.None));
        Assert.Equal(2, await _stores.Queue.CountAsync(CancellationToken.None));
        Assert.Equal(IntakeOutcome.Duplicate, await _stores.Store.AcceptAsync(_stores.Submission("s-1", BodyA), CancellationToken.None));
        Assert.Equal(2, await _stores.Queue.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AcceptAsync_BodyStoredUnderItsRawHash_MatchesByThatHashToo()
    {
        // Sessions stored before bodies were keyed by their canonical form carry the SHA-256 of their bytes.
        var legacy = _stores.Submission("s-1", BodyA);
        await _stores.Store.AcceptAsync(legacy, CancellationToken.None);

        var outcome = await _stores.Store.AcceptAsync(legacy with { Sha256 = "canonical", BodySha256 = legacy.Sha256 }, CancellationToken.None);

        Assert.Equal(IntakeOutcome.Duplicate, outcome);
    }

    [Fact]
    public async Task RetryAsync_FailedSession_ReturnsFailedAndRequeuesWithTheBytesKept()
    {
        await _stores.Store.AcceptAsync(_stores.Submission("s-1", BodyA), CancellationToken.None);
        await _stores.Store.MarkFailedAsync("s-1", "bad luck", CancellationToken.None);

        var before = await _stores.Store.RetryAsync("s-1", CancellationToken.None);

        Assert.Equal(SessionState.Failed, before);
        var record = await _stores.Store.GetAsync("s-1", CancellationToken.None);
        Assert.Equal(SessionState.Received, record!.State);
        Assert.Null(record.FailureReason);
        Assert.Equal(BodyA, await _stores.Store.GetPayloadAsync("s-1", CancellationToken.None));
        Assert.Equal(2, await _stores.Queue.CountAsync(CancellationToken.None));
        Assert.Equal(SessionState.Received, await _stores.Store.RetryAsync("s-1", CancellationToken.None)); // a second retry changes nothing
        Assert.Equal(2, await _stores.Queue.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RetryAsync_AnalyzedSession_ReturnsAnalyzedAndChangesNothing()
    {
        await _stores.Store.AcceptAsync(_stores.Submission("s-1", BodyA), CancellationToken.None);
        await _stores.Store.MarkAnalyzedAsync("s-1", "{}", CancellationToken.None);

        var before = await _stores.Store.RetryAsync("s-1", CancellationToken.None);

        Assert.Equal(SessionState.Analyzed, before);
        Assert.Equal(SessionState.Analyzed, (await _stores.Store.GetAsync("s-1", CancellationToken.None))!.State);
        Assert.Equal(1, await _stores.Queue.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RetryAsync_UnknownSession_Null()
    {
        Assert.Null(await _stores.Store.RetryAsync("nope", CancellationToken.None));
        Assert.Equal(0, await _stores.Queue.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AcceptAsync_DifferentBodyAfterFailure_DropsTheOldBodysCheckpoints_SameBodyKeepsThem()
    {
        await _stores.Store.AcceptAsync(_stores.Submission("s-1", BodyA), CancellationToken.None);
        await _stores.Store.AcceptAsync(_stores.Submission("s-10", BodyA), CancellationToken.None);
        await _stores.Checkpoints.SaveAsync("s-1", "sentiment", 1, "{\"old\":true}", CancellationToken.None);
        await _stores.Checkpoints.SaveAsync("s-1", "session_report", 3, "{\"old\":true}", CancellationToken.None);
        await _stores.Checkpoints.SaveAsync("s-10", "sentiment", 1, "{\"old\":true}", CancellationToken.None);
        await _stores.Store.MarkFailedAsync("s-1", "bad luck", CancellationToken.None);
        await _stores.Store.MarkFailedAsync("s-10", "bad luck", CancellationToken.None);

        Assert.Equal(IntakeOutcome.Resubmitted, await _stores.Store.AcceptAsync(_stores.Submission("s-1", BodyB), CancellationToken.None));
        Assert.Equal(IntakeOutcome.Retried, await _stores.Store.AcceptAsync(_stores.Submission("s-10", BodyA), CancellationToken.None));

        // A new body is analyzed from scratch; the same body again re-runs only what did not finish.
        Assert.Null(await _stores.Checkpoints.GetAsync("s-1", "sentiment", 1, CancellationToken.None));
        Assert.Null(await _stores.Checkpoints.GetAsync("s-1", "session_report", 3, CancellationToken.None));
        Assert.NotNull(await _stores.Checkpoints.GetAsync("s-10", "sentiment", 1, CancellationToken.None));
    }
}
