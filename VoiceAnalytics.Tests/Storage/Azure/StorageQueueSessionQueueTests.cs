using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Storage.Azure;

namespace VoiceAnalytics.Tests.Storage.Azure;

[Collection(AzuriteCollection.Name)]
public sealed class StorageQueueSessionQueueTests
{
    private readonly AzuriteFixture _azurite;
    private readonly AzureStores _stores;

    public StorageQueueSessionQueueTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
        _stores = new AzureStores(azurite, o => { o.ProcessingLease = TimeSpan.FromSeconds(1); return o; });
    }

    private StorageQueueSessionQueue Queue => _stores.Queue;

    private SessionMessage Message(string id = "s-1") => new(id, $"payloads/{id}.json", _stores.Time.GetUtcNow());

    [Fact]
    public async Task EnqueueAsync_Message_StoredAsBase64JsonForTheFunctionsTrigger()
    {
        await Queue.EnqueueAsync(Message(), CancellationToken.None);

        // A client without decoding sees what the service holds.
        var raw = new QueueClient(_azurite.ConnectionString, _stores.QueueOptions.Name);
        var peeked = (await raw.PeekMessageAsync()).Value;
        Assert.Equal(Message().ToJson(), Encoding.UTF8.GetString(Convert.FromBase64String(peeked.MessageText)));
    }

    [Fact]
    public async Task ReceiveAsync_Leased_HiddenForTheLeaseAndDequeueCountGrows()
    {
        await Queue.EnqueueAsync(Message(), CancellationToken.None);

        var first = await Queue.ReceiveAsync(CancellationToken.None);
        var whileLeased = await Queue.ReceiveAsync(CancellationToken.None);
        var second = await ReceiveWithinAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(Message(), first!.Message);
        Assert.Equal(1, first.DequeueCount);
        Assert.Null(whileLeased);
        Assert.Equal(first.MessageId, second.MessageId);
        Assert.NotEqual(first.Receipt, second.Receipt);
        Assert.Equal(2, second.DequeueCount);
    }

    [Fact]
    public async Task ReceiveAsync_EmptyQueue_Null()
    {
        Assert.Null(await Queue.ReceiveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task CompleteAsync_Leased_DeletesMessage()
    {
        await Queue.EnqueueAsync(Message(), CancellationToken.None);
        var lease = await Queue.ReceiveAsync(CancellationToken.None);

        await Queue.CompleteAsync(lease!, CancellationToken.None);

        Assert.Equal(0, await Queue.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task CompleteAsync_StaleReceipt_ThrowsLeaseLost()
    {
        await Queue.EnqueueAsync(Message(), CancellationToken.None);
        var stale = await Queue.ReceiveAsync(CancellationToken.None);
        var current = await ReceiveWithinAsync(TimeSpan.FromSeconds(10));

        await Assert.ThrowsAsync<LeaseLostException>(() => Queue.CompleteAsync(stale!, CancellationToken.None));
        await Assert.ThrowsAsync<LeaseLostException>(() => Queue.DeadLetterAsync(stale!, "late", CancellationToken.None));
        await Queue.CompleteAsync(current, CancellationToken.None);
        Assert.Empty(await Queue.ListPoisonAsync(32, CancellationToken.None));
    }

    [Fact]
    public async Task RetryLaterAsync_Delay_VisibleAgainAfterItWithLastError()
    {
        var longLease = new AzureStores(_azurite);
        await longLease.Queue.EnqueueAsync(Message(), CancellationToken.None);
        var lease = await longLease.Queue.ReceiveAsync(CancellationToken.None);

        await longLease.Queue.RetryLaterAsync(lease!, TimeSpan.FromSeconds(1), "analyzer timed out", CancellationToken.None);

        Assert.Null(await longLease.Queue.ReceiveAsync(CancellationToken.None));
        var raw = longLease.QueueService.GetQueueClient(longLease.QueueOptions.Name);
        var waited = Stopwatch.StartNew();
        while ((await raw.PeekMessageAsync()).Value is null && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(200);
        }

        var body = JsonNode.Parse((await raw.PeekMessageAsync()).Value.Body.ToString())!;
        Assert.Equal("analyzer timed out", (string?)body["last_error"]);
        var retried = await longLease.Queue.ReceiveAsync(CancellationToken.None);
        Assert.Equal(Message(), retried!.Message);
        Assert.Equal(2, retried.DequeueCount);
    }

    [Fact]
    public async Task DeadLetterAsync_Leased_MovesToPoisonQueueWithReason()
    {
        var message = Message();
        await Queue.EnqueueAsync(message, CancellationToken.None);
        var lease = await Queue.ReceiveAsync(CancellationToken.None);
        _stores.Time.Advance(TimeSpan.FromMinutes(1));

        await Queue.DeadLetterAsync(lease!, "Failed 3 attempts: boom", CancellationToken.None);

        Assert.Equal(0, await Queue.CountAsync(CancellationToken.None));
        Assert.Equal(1, (await _stores.PoisonQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        var poisoned = Assert.Single(await Queue.ListPoisonAsync(32, CancellationToken.None));
        Assert.Equal(new PoisonMessage(message, 1, "Failed 3 attempts: boom", _stores.Time.GetUtcNow()), poisoned);
        var envelope = JsonNode.Parse((await _stores.PoisonQueue.PeekMessageAsync()).Value.Body.ToString())!;
        Assert.Equal("s-1", (string?)envelope["message"]!["session_id"]);
        Assert.Equal("Failed 3 attempts: boom", (string?)envelope["reason"]);
        Assert.Equal(1, (long)envelope["dequeue_count"]!);
    }

    [Fact]
    public async Task ListPoisonAsync_MessagePoisonedByFunctionsHost_ReadsBareMessageAndLastError()
    {
        await Queue.EnqueueAsync(Message("other"), CancellationToken.None);
        var bare = new JsonObject { ["session_id"] = "s-1", ["payload_ref"] = "payloads/s-1.json", ["enqueued_at"] = "2026-08-18T15:00:00+00:00", ["last_error"] = "timeout" };
        await _stores.PoisonQueue.SendMessageAsync(bare.ToJsonString());

        var poisoned = Assert.Single(await Queue.ListPoisonAsync(32, CancellationToken.None));

        Assert.Equal(Message(), poisoned.Message);
        Assert.Equal("timeout", poisoned.Reason);
    }

    [Fact]
    public async Task ListPoisonAsync_MoreThanMax_ReturnsMax()
    {
        for (var i = 0; i < 4; i++)
        {
            await Queue.EnqueueAsync(Message($"s-{i}"), CancellationToken.None);
            await Queue.DeadLetterAsync((await Queue.ReceiveAsync(CancellationToken.None))!, $"reason {i}", CancellationToken.None);
        }

        Assert.Equal(3, (await Queue.ListPoisonAsync(3, CancellationToken.None)).Count);
        Assert.Equal(4, (await Queue.ListPoisonAsync(100, CancellationToken.None)).Count);
        Assert.Empty(await Queue.ListPoisonAsync(0, CancellationToken.None));
    }

    [Fact]
    public async Task CountAsync_VisibleAndLeased_CountsBoth()
    {
        Assert.Equal(0, await Queue.CountAsync(CancellationToken.None));
        for (var i = 0; i < 3; i++)
        {
            await Queue.EnqueueAsync(Message($"s-{i}"), CancellationToken.None);
        }

        var lease = await Queue.ReceiveAsync(CancellationToken.None);
        Assert.Equal(3, await Queue.CountAsync(CancellationToken.None));
        await Queue.CompleteAsync(lease!, CancellationToken.None);
        Assert.Equal(2, await Queue.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task EnqueueAsync_MessageOver64KB_RejectedWithoutSending()
    {
        var huge = new SessionMessage("s-1", new string('x', 50_000), _stores.Time.GetUtcNow());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Queue.EnqueueAsync(huge, CancellationToken.None));

        Assert.Contains("65536", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await Queue.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task EnqueueAsync_CanceledToken_ThrowsOperationCanceled()
    {
        using var canceled = new CancellationTokenSource();
        await canceled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Queue.EnqueueAsync(Message(), canceled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Queue.ReceiveAsync(canceled.Token));
    }

    private Task<QueueLease> ReceiveWithinAsync(TimeSpan timeout) => ReceiveWithinAsync(Queue, timeout);

    /// <summary>Polls until a message is visible: Azurite's visibility has one-second granularity.</summary>
    private static async Task<QueueLease> ReceiveWithinAsync(StorageQueueSessionQueue queue, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < timeout)
        {
            if (await queue.ReceiveAsync(CancellationToken.None) is { } lease)
            {
                return lease;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No message became visible within {timeout}.");
    }

    [Fact]
    public async Task OldestEnqueuedAtAsync_EmptyThenThePeekedInsertionTime()
    {
        Assert.Null(await Queue.OldestEnqueuedAtAsync(CancellationToken.None));
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        await Queue.EnqueueAsync(Message(), CancellationToken.None);

        var oldest = await Queue.OldestEnqueuedAtAsync(CancellationToken.None);

        Assert.NotNull(oldest);
        Assert.InRange(oldest.Value, before, DateTimeOffset.UtcNow.AddSeconds(5));
    }

    [Fact]
    public async Task BlobStorageProbe_Azurite_CanWrite()
    {
        var probe = new BlobStorageProbe(_stores.Container, _stores.Time);

        var result = await probe.CheckAsync(CancellationToken.None);

        Assert.True(result.CanWrite, result.Error);
    }

    [Fact]
    public async Task BlobStorageProbe_NothingListening_CannotWriteWithTheCause()
    {
        var container = AzureStorageClients.CreateContainer(
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;",
            "probe");
        var probe = new BlobStorageProbe(container, _stores.Time);

        var result = await probe.CheckAsync(CancellationToken.None);

        Assert.False(result.CanWrite);
        Assert.Equal("unavailable", result.Cause);
    }
}
