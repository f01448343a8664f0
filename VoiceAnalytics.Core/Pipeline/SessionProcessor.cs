using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Warehouse;

namespace VoiceAnalytics.Core.Pipeline;

/// <summary>
/// Runs <see cref="SessionWorkflow"/> for one session in-process (the local host, the redeliver tool's tests):
/// the analyzers of each stage (inline on this session's thread, see <see cref="CheckpointedAnalyzerRunner"/>), fan-in, lead scoring, the executive summary, one <see cref="SessionReport"/>,
/// the warehouse, then the other sinks in parallel. Every analyzer result is checkpointed, so a retry after a crash
/// or a failure re-runs only what did not finish. Exceptions propagate: the queue retries and finally poisons the message.
/// </summary>
public sealed class SessionProcessor
{
    private readonly SessionPlan _plan;
    private readonly SessionPipelineServices _services;
    private readonly Privacy.ErasureGuard? _erasures;
    private readonly ISessionWriteBatches _writes;

    public SessionProcessor(
        ISessionStore store,
        ICheckpointStore checkpoints,
        ILeadHistory leadHistory,
        IEnumerable<IAnalyzer> analyzers,
        SinkDispatcher sinks,
        TimeProvider time,
        IOptions<PipelineOptions> options,
        ILogger<SessionProcessor> logger,
        Telemetry.VoiceAnalyticsTelemetry? telemetry = null,
        Privacy.ErasureGuard? erasures = null,
        ISessionWriteBatches? writes = null)
    {
        _erasures = erasures;
        _writes = writes ?? ImmediateWrites.Instance;
        _plan = new SessionPlan(analyzers, sinks);
        var runner = new CheckpointedAnalyzerRunner(checkpoints, time, options, logger);
        _services = new SessionPipelineServices(store, checkpoints, new SessionInputLoader(store, leadHistory), runner, sinks, time, options.Value.SessionBudget, logger, telemetry);
    }

    public SessionPlan Plan => _plan;

    /// <summary>
    /// Runs the session; null when it was erased while it ran (what the run wrote is erased again, and a failure the
    /// erasure caused, such as marking a deleted session analyzed, is not a failure). The run's writes are one commit
    /// (<see cref="ISessionWriteBatches"/>); <paramref name="complete"/> (the queue message's completion) runs after the
    /// last step and joins that commit, so the message is gone exactly when the results are stored. A run that fails
    /// commits the analyzer results it finished (the retry reuses them) and never <paramref name="complete"/>, except
    /// for a session erased meanwhile, whose message is then completed alone.
    /// </summary>
    public async Task<SessionReport?> ProcessAsync(string sessionId, CancellationToken cancellationToken, Func<CancellationToken, Task>? complete = null)
    {
        var steps = new InProcessSessionSteps(sessionId, _plan, _services, cancellationToken);
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        await using (var batch = _writes.Begin())
        {
            try
            {
                await SessionWorkflow.RunAsync(_plan, steps).ConfigureAwait(false);
                if (complete is not null)
                {
                    await complete(cancellationToken).ConfigureAwait(false);
                }

                await batch.CommitAsync(cancellationToken).ConfigureAwait(false);
                complete = null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                await KeepFinishedAsync(steps, batch, cancellationToken).ConfigureAwait(false);
                if (_erasures is null)
                {
                    throw;
                }

                failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex);
            }
        }

        if (_erasures is not null && await _erasures.SweepIfErasedAsync(sessionId, cancellationToken).ConfigureAwait(false))
        {
            if (complete is not null)
            {
                await complete(cancellationToken).ConfigureAwait(false);
            }

            return null;
        }

        failure?.Throw();
        return steps.Report!;
    }

    /// <summary>
    /// A failed run keeps what it finished: the analyzer results (the retry reuses them) with whatever else it had
    /// collected, in one commit. Best effort: when the store itself is what failed, the retry simply runs those
    /// analyzers again (~1 ms each), and the original failure is the one reported.
    /// </summary>
    private static async Task KeepFinishedAsync(InProcessSessionSteps steps, ISessionWriteBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            await steps.SaveFinishedAsync(cancellationToken).ConfigureAwait(false);
            await batch.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or InvalidOperationException or OperationCanceledException)
        {
            // nothing more to do: see above
        }
    }
}
