namespace VoiceAnalytics.Core.Storage.Azure;

/// <summary>
/// Runs a creation step (container, queue) once per instance. Callers wait on a gate rather than sharing a task, so
/// each honours its own cancellation token, and a failed or canceled attempt is simply retried by the next caller.
/// </summary>
internal sealed class CreateOnce
{
    private readonly Func<CancellationToken, Task> _create;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _done;

    public CreateOnce(Func<CancellationToken, Task> create) => _create = create;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (_done)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_done)
            {
                await _create(cancellationToken).ConfigureAwait(false);
                _done = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
