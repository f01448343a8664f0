using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Storage;

namespace VoiceAnalytics.Core.Pipeline;

/// <summary>
/// Takes one message from the session queue and runs it through <see cref="SessionProcessor"/>. A failure makes
/// the message visible again after an exponential delay; after the last attempt it goes to the poison queue and
/// the session shows <c>failed</c> with the reason. Nothing is dropped.
/// </summary>
public sealed class SessionQueueProcessor
{
    private static readonly TimeSpan ReleaseTimeout = TimeSpan.FromSeconds(2);

    private readonly ISessionQueue _queue;
    private readonly ISessionStore _store;
    private readonly SessionProcessor _processor;
    private readonly QueueOptions _options;
    private readonly ILogger<SessionQueueProcessor> _logger;
    private readonly Telemetry.VoiceAnalyticsTelemetry? _telemetry;

    private readonly Privacy.ErasureGuard? _erasures;

    public SessionQueueProcessor(ISessionQueue queue, ISessionStore store, SessionProcessor processor, IOptions<QueueOptions> options, ILogger<SessionQueueProcessor> logger, Telemetry.VoiceAnalyticsTelemetry? telemetry = null, Privacy.ErasureGuard? erasures = null)
    {
        _erasures = erasures;
        _telemetry = telemetry;
        _queue = queue;
        _store = store;
        _processor = processor;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Processes the next visible message; false when the queue had none.</summary>
    public async Task<bool> ProcessNextAsync(CancellationToken cancellationToken)
    {
        var lease = await _queue.ReceiveAsync(cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            return false;
        }

        var sessionId = lease.Message.SessionId;
        if (_erasures is not null && await _erasures.IsErasedAsync(sessionId, cancellationToken).ConfigureAwait(false))
        {
            // A replayed or late message of an erased session: nothing of it may be written again.
            await _queue.CompleteAsync(lease, cancellationToken).ConfigureAwait(false);
            _erasures.Dropped(sessionId);
            return true;
        }

        try
        {
            // The completion joins the session's commit (see SessionProcessor.ProcessAsync).
            await _processor.ProcessAsync(sessionId, cancellationToken, ct => _queue.CompleteAsync(lease, ct)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await ReleaseAsync(lease).ConfigureAwait(false);
            throw; // shutting down: the message is visible again at once (or when its lease runs out) and is delivered again
        }
        catch (LeaseLostException)
        {
            PipelineLog.LeaseLost(_logger, sessionId);
        }
        catch (Exception ex)
        {
            await HandleFailureAsync(lease, FailureReason.Describe(ex), cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>
    /// Shutting down mid-analysis: makes the message visible again now, so the next start picks it up without waiting
    /// for the lease. Bounded and best-effort: if the store does not answer in time the lease simply expires.
    /// </summary>
    private async Task ReleaseAsync(QueueLease lease)
    {
        using var timeout = new CancellationTokenSource(ReleaseTimeout);
        try
        {
            await _queue.RetryLaterAsync(lease, TimeSpan.Zero, "Interrupted by shutdown", timeout.Token).ConfigureAwait(false);
            PipelineLog.Released(_logger, lease.Message.SessionId);
        }
        catch (Exception ex) when (ex is OperationCanceledException or LeaseLostException or IOException or InvalidOperationException or System.Data.Common.DbException)
        {
            PipelineLog.ReleaseFailed(_logger, lease.Message.SessionId, ex.GetType().Name);
        }
    }

    private async Task HandleFailureAsync(QueueLease lease, string reason, CancellationToken cancellationToken)
    {
        var sessionId = lease.Message.SessionId;
        if (lease.DequeueCount >= _options.MaxDequeueCount)
        {
            await _queue.DeadLetterAsync(lease, reason, cancellationToken).ConfigureAwait(false);
            await _store.MarkFailedAsync(sessionId, $"Failed {lease.DequeueCount} attempts: {reason}", cancellationToken).ConfigureAwait(false);
            PipelineLog.Poisoned(_logger, sessionId, lease.DequeueCount, reason);
            _telemetry?.SessionFailed();
            return;
        }

        var delay = _options.RetryDelay(lease.DequeueCount);
        await _queue.RetryLaterAsync(lease, delay, reason, cancellationToken).ConfigureAwait(false);
        PipelineLog.AttemptFailed(_logger, sessionId, lease.DequeueCount, _options.MaxDequeueCount, delay, reason);
    }
}
