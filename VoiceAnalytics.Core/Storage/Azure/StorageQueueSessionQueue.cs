using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Storage.Azure;

/// <summary>
/// The session queue on Azure Storage Queues, with the Functions conventions: base64 message text (see
/// <see cref="AzureStorageClients.CreateQueueService"/>) and a <c>{name}-poison</c> queue. Messages never expire
/// (the service default is 7 days), because an accepted session must not be lost to a stalled pipeline.
/// </summary>
public sealed class StorageQueueSessionQueue : ISessionQueue
{
    /// <summary>Body field in which a retried message keeps its last error; <see cref="SessionMessage"/> ignores it.</summary>
    internal const string LastErrorField = "last_error";

    /// <summary>The service limit on an (encoded) message.</summary>
    internal const int MaxMessageBytes = 64 * 1024;

    // Errors can be whole stack traces; cap them so the message stays far below the 64 KB limit.
    private const int MaxErrorLength = 4000;
    private const int MaxPeek = 32;
    private static readonly TimeSpan NeverExpires = TimeSpan.FromSeconds(-1);
    private static readonly TimeSpan MaxVisibilityTimeout = TimeSpan.FromDays(7);

    // How long the message stays hidden between re-checking the lease and deleting it, while dead-lettering.
    private static readonly TimeSpan DeadLetterHold = TimeSpan.FromSeconds(30);

    private readonly QueueClient _queue;
    private readonly QueueClient _poison;
    private readonly QueueOptions _options;
    private readonly TimeProvider _time;
    private readonly CreateOnce _createQueues;

    public StorageQueueSessionQueue(QueueServiceClient service, IOptions<QueueOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _queue = service.GetQueueClient(_options.Name);
        _poison = service.GetQueueClient(_options.Name + "-poison");
        _createQueues = new CreateOnce(async ct =>
        {
            await _queue.CreateIfNotExistsAsync(cancellationToken: ct).ConfigureAwait(false);
            await _poison.CreateIfNotExistsAsync(cancellationToken: ct).ConfigureAwait(false);
        });
    }

    public async Task EnqueueAsync(SessionMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await SendAsync(_queue, message.ToJson(), cancellationToken).ConfigureAwait(false);
    }

    public async Task<QueueLease?> ReceiveAsync(CancellationToken cancellationToken)
    {
        await _createQueues.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var message = (await _queue.ReceiveMessageAsync(_options.ProcessingLease, cancellationToken).ConfigureAwait(false)).Value;
        return message is null
            ? null
            : new QueueLease(message.MessageId, message.PopReceipt, SessionMessage.FromJson(message.Body.ToString()), message.DequeueCount);
    }

    public async Task CompleteAsync(QueueLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        await _createQueues.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await OnLeaseAsync(lease, () => _queue.DeleteMessageAsync(lease.MessageId, lease.Receipt, cancellationToken)).ConfigureAwait(false);
    }

    public async Task RetryLaterAsync(QueueLease lease, TimeSpan delay, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        await _createQueues.EnsureAsync(cancellationToken).ConfigureAwait(false);

        // The error rides in the body, so it is still there if the Functions host poisons the message itself.
        var body = JsonNode.Parse(lease.Message.ToJson())!.AsObject();
        body[LastErrorField] = Cap(error);
        var text = body.ToJsonString();
        EnsureFits(text);
        var visibility = delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxVisibilityTimeout ? MaxVisibilityTimeout : delay;
        await OnLeaseAsync(lease, () => _queue.UpdateMessageAsync(lease.MessageId, lease.Receipt, text, visibility, cancellationToken)).ConfigureAwait(false);
    }

    public async Task DeadLetterAsync(QueueLease lease, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        await _createQueues.EnsureAsync(cancellationToken).ConfigureAwait(false);

        // Check the lease (and get a fresh receipt) first, so a consumer that lost it poisons nothing.
        var renewed = await OnLeaseAsync(
            lease,
            () => _queue.UpdateMessageAsync(lease.MessageId, lease.Receipt, messageText: null, DeadLetterHold, cancellationToken)).ConfigureAwait(false);

        // Poison copy before delete: a crash in between leaves a duplicate, never a lost message.
        var envelope = new PoisonEnvelope(lease.Message, Cap(reason), lease.DequeueCount, _time.GetUtcNow());
        await SendAsync(_poison, envelope.ToJson(), cancellationToken).ConfigureAwait(false);
        var receipt = new QueueLease(lease.MessageId, renewed.Value.PopReceipt, lease.Message, lease.DequeueCount);
        await OnLeaseAsync(receipt, () => _queue.DeleteMessageAsync(receipt.MessageId, receipt.Receipt, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await _createQueues.EnsureAsync(cancellationToken).ConfigureAwait(false);
        return (await _queue.GetPropertiesAsync(cancellationToken).ConfigureAwait(false)).Value.ApproximateMessagesCount;
    }

    /// <summary>
    /// The insertion time of the first message a peek sees. Peeking sees only visible messages, so one leased right
    /// now is not counted; the queue is first-in first-out only approximately, so this is the age of an old message,
    /// near enough for a health check.
    /// </summary>
    public async Task<DateTimeOffset?> OldestEnqueuedAtAsync(CancellationToken cancellationToken)
    {
        await _createQueues.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var peeked = (await _queue.PeekMessageAsync(cancellationToken).ConfigureAwait(false)).Value;
        return peeked?.InsertedOn;
    }

    public async Task<IReadOnlyList<PoisonMessage>> ListPoisonAsync(int max, CancellationToken cancellationToken)
    {
        await _createQueues.EnsureAsync(cancellationToken).ConfigureAwait(false);
        if (max <= 0)
        {
            return [];
        }

        // Peeking leaves the messages where they are; the service returns at most 32 at a time.
        var peeked = (await _poison.PeekMessagesAsync(Math.Min(max, MaxPeek), cancellationToken).ConfigureAwait(false)).Value;
        return [.. peeked.Select(p => ParsePoison(p.MessageId, p.Body.ToString(), p.DequeueCount, p.InsertedOn ?? _time.GetUtcNow()))];
    }

    private static PoisonMessage ParsePoison(string messageId, string text, long dequeueCount, DateTimeOffset insertedOn)
    {
        try
        {
            return PoisonEnvelope.Parse(text, dequeueCount, insertedOn);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            // Still list it, so an unreadable message shows up instead of breaking the listing.
            return new PoisonMessage(new SessionMessage("", "", insertedOn), dequeueCount, $"Unreadable poison message {messageId}: {ex.Message}", insertedOn);
        }
    }

    private async Task SendAsync(QueueClient queue, string text, CancellationToken cancellationToken)
    {
        EnsureFits(text);
        await _createQueues.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await queue.SendMessageAsync(text, visibilityTimeout: null, timeToLive: NeverExpires, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Refuses a message the service would refuse, with a reason instead of a bare 413/400.</summary>
    internal static void EnsureFits(string text)
    {
        var encoded = (Encoding.UTF8.GetByteCount(text) + 2) / 3 * 4;
        if (encoded > MaxMessageBytes)
        {
            throw new ArgumentException(
                $"The queue message is {encoded} bytes once base64-encoded; a Storage Queue message may be at most {MaxMessageBytes}. " +
                "Queue messages must carry a reference to a blob, not the data.",
                nameof(text));
        }
    }

    private static string Cap(string text) => text.Length <= MaxErrorLength ? text : string.Concat(text.AsSpan(0, MaxErrorLength), "…");

    /// <summary>Maps the service's answer to a stale pop receipt to <see cref="LeaseLostException"/>, as the port expects.</summary>
    private static async Task<T> OnLeaseAsync<T>(QueueLease lease, Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.ErrorCode is "MessageNotFound" or "PopReceiptMismatch")
        {
            throw new LeaseLostException($"The lease on queue message {lease.MessageId} was lost (it became visible again and was received elsewhere).", ex);
        }
    }
}
