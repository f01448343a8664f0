namespace VoiceAnalytics.Core.Storage;

/// <summary>
/// "Work was just enqueued", from intake to an in-process queue pump, so an idle pump wakes at once instead of at its
/// next poll; polling stays as the fallback (messages enqueued elsewhere, retries that become visible later).
/// </summary>
public sealed class QueueSignal
{
    // Wakes pending beyond this are dropped: each woken worker drains the queue until it is empty anyway.
    private const int MaxPending = 64;
    private readonly SemaphoreSlim _pending = new(0, int.MaxValue);

    public void Notify()
    {
        if (_pending.CurrentCount < MaxPending)
        {
            _pending.Release();
        }
    }

    /// <summary>Waits for a notification or <paramref name="poll"/> (on <paramref name="time"/>), whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan poll, TimeProvider time, CancellationToken cancellationToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signalled = _pending.WaitAsync(either.Token);
        var elapsed = Task.Delay(poll, time, either.Token);
        var first = await Task.WhenAny(signalled, elapsed).ConfigureAwait(false);
        await either.CancelAsync().ConfigureAwait(false);
        if (first != signalled && await Swallow(signalled).ConfigureAwait(false))
        {
            _pending.Release(); // the cancel lost the race to a notification: keep it for the next wait
        }

        await Swallow(elapsed).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Awaits a task that may have been cancelled; true when it completed (for the semaphore: it was acquired).</summary>
    private static async Task<bool> Swallow(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
