using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Storage.Sqlite;

public sealed class SqliteSessionQueueTests : IDisposable
{
    private readonly SqliteStores _stores = new(new QueueOptions { ProcessingLease = TimeSpan.FromSeconds(30) });

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task ReceiveAsync_HidesMessageForTheLeaseThenRedelivers()
    {
        await _stores.Queue.EnqueueAsync(Message("a"), CancellationToken.None);

        var first = await _stores.Queue.ReceiveAsync(CancellationToken.None);
        var whileLeased = await _stores.Queue.ReceiveAsync(CancellationToken.None);
        _stores.Time.Advance(TimeSpan.FromSeconds(31));
        var afterLease = await _stores.Queue.ReceiveAsync(CancellationToken.None);

        Assert.Equal(1, first!.DequeueCount);
        Assert.Null(whileLeased);
        Assert.Equal(2, afterLease!.DequeueCount);
        Assert.Equal("a", afterLease.Message.SessionId);
    }

    [Fact]
    public async Task CompleteAsync_StaleReceipt_ThrowsLeaseLost()
    {
        await _stores.Queue.EnqueueAsync(Message("a"), CancellationToken.None);
        var stale = await _stores.Queue.ReceiveAsync(CancellationToken.None);
        _stores.Time.Advance(TimeSpan.FromSeconds(31));
        var current = await _stores.Queue.ReceiveAsync(CancellationToken.None);

        await Assert.ThrowsAsync<LeaseLostException>(() => _stores.Queue.CompleteAsync(stale!, CancellationToken.None));
        await _stores.Queue.CompleteAsync(current!, CancellationToken.None);
        Assert.Equal(0, await _stores.Queue.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RetryLaterAsync_VisibleAgainOnlyAfterDelay()
    {
        await _stores.Queue.EnqueueAsync(Message("a"), CancellationToken.None);
        var lease = await _stores.Queue.ReceiveAsync(CancellationToken.None);

        await _stores.Queue.RetryLaterAsync(lease!, TimeSpan.FromSeconds(2), "oops", CancellationToken.None);

        _stores.Time.Advance(TimeSpan.FromSeconds(1.9));
        Assert.Null(await _stores.Queue.ReceiveAsync(CancellationToken.None));
        _stores.Time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.NotNull(await _stores.Queue.ReceiveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task DeadLetterAsync_MovesToPoisonWithReason()
    {
        await _stores.Queue.EnqueueAsync(Message("a"), CancellationToken.None);
        var lease = await _stores.Queue.ReceiveAsync(CancellationToken.None);

        await _stores.Queue.DeadLetterAsync(lease!, "bad payload", CancellationToken.None);

        Assert.Equal(0, await _stores.Queue.CountAsync(CancellationToken.None));
        Assert.Null(await _stores.Queue.ReceiveAsync(CancellationToken.None));
        var poison = Assert.Single(await _stores.Queue.ListPoisonAsync(10, CancellationToken.None));
        Assert.Equal("bad payload", poison.Reason);
        Assert.Equal("a", poison.Message.SessionId);
    }

    [Fact]
    public async Task ReceiveAsync_ConcurrentConsumers_EachMessageLeasedOnce()
    {
        for (var i = 0; i < 20; i++)
        {
            await _stores.Queue.EnqueueAsync(Message("s" + i), CancellationToken.None);
        }

        var leases = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => _stores.Queue.ReceiveAsync(CancellationToken.None))));

        var received = leases.Where(l => l is not null).Select(l => l!.Message.SessionId).ToList();
        Assert.Equal(20, received.Count);
        Assert.Equal(20, received.Distinct().Count());
    }

    [Fact]
    public async Task ReceiveAsync_CanceledToken_Throws()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _stores.Queue.ReceiveAsync(cancel.Token));
    }

    private SessionMessage Message(string id) => new(id, id, _stores.Time.GetUtcNow());

    [Fact]
    public async Task OldestEnqueuedAtAsync_EmptyThenTheFirstEnqueueTime()
    {
        Assert.Null(await _stores.Queue.OldestEnqueuedAtAsync(CancellationToken.None));
        var first = _stores.Time.GetUtcNow();
        await _stores.Queue.EnqueueAsync(new SessionMessage("s-1", "s-1", first), CancellationToken.None);
        _stores.Time.Advance(TimeSpan.FromSeconds(10));
        await _stores.Queue.EnqueueAsync(new SessionMessage("s-2", "s-2", _stores.Time.GetUtcNow()), CancellationToken.None);

        Assert.Equal(first, await _stores.Queue.OldestEnqueuedAtAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ReclaimLeasesAsync_LeasedVisibleAtOnce_RetryDelayKept()
    {
        await _stores.Queue.EnqueueAsync(new SessionMessage("leased", "leased", _stores.Time.GetUtcNow()), CancellationToken.None);
        var leased = await _stores.Queue.ReceiveAsync(CancellationToken.None);
        await _stores.Queue.EnqueueAsync(new SessionMessage("waiting", "waiting", _stores.Time.GetUtcNow()), CancellationToken.None);
        var waiting = await _stores.Queue.ReceiveAsync(CancellationToken.None);
        await _stores.Queue.RetryLaterAsync(waiting!, TimeSpan.FromHours(1), "failed", CancellationToken.None);

        var reclaimed = await _stores.Queue.ReclaimLeasesAsync(CancellationToken.None);
        var again = await _stores.Queue.ReceiveAsync(CancellationToken.None);

        Assert.Equal(1, reclaimed);
        Assert.Equal("leased", again!.Message.SessionId);
        Assert.Equal(leased!.MessageId, again.MessageId);
        Assert.Equal(2, again.DequeueCount);
        Assert.Null(await _stores.Queue.ReceiveAsync(CancellationToken.None));
    }
}
