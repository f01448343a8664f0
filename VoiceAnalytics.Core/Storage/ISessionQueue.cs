namespace VoiceAnalytics.Core.Storage;

/// <summary>
/// The session queue: at-least-once delivery with a visibility timeout and a dequeue count; messages that keep
/// failing go to the poison queue with their last error.
/// </summary>
public interface ISessionQueue
{
    Task EnqueueAsync(SessionMessage message, CancellationToken cancellationToken);

    /// <summary>The next visible message, hidden for the processing lease; null when the queue is empty.</summary>
    Task<QueueLease?> ReceiveAsync(CancellationToken cancellationToken);

    Task CompleteAsync(QueueLease lease, CancellationToken cancellationToken);

    /// <summary>Makes the message visible again after <paramref name="delay"/>, keeping <paramref name="error"/>.</summary>
    Task RetryLaterAsync(QueueLease lease, TimeSpan delay, string error, CancellationToken cancellationToken);

    /// <summary>Moves the message to the poison queue with the reason it failed.</summary>
    Task DeadLetterAsync(QueueLease lease, string reason, CancellationToken cancellationToken);

    /// <summary>Messages waiting (visible or leased), for backlog alerts.</summary>
    Task<long> CountAsync(CancellationToken cancellationToken);

    /// <summary>When the oldest waiting message was enqueued (for its age in <c>/api/health</c>); null when none waits.</summary>
    Task<DateTimeOffset?> OldestEnqueuedAtAsync(CancellationToken cancellationToken);

    /// <summary>Messages in the poison queue.</summary>
    Task<IReadOnlyList<PoisonMessage>> ListPoisonAsync(int max, CancellationToken cancellationToken);
}
