using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Warehouse;

namespace VoiceAnalytics.Core.Pipeline;

/// <summary>
/// Runs <see cref="SessionWorkflow"/> for one session in-process (the local host, the redeliver tool's tests):
/// fan-out to the analyzers in parallel, fan-in, lead scoring, the executive summary, one <see cref="SessionReport"/>,
/// the warehouse, then the other sinks in parallel. Every analyzer result is checkpointed, so a retry after a crash
/// or a failure re-runs only what did not finish. Exceptions propagate: the queue retries and finally poisons the message.
/// </summary>
public sealed class SessionProcessor
{
    private readonly SessionPlan _plan;
    private readonly SessionPipelineServices _services;
    private readonly Privacy.ErasureGuard? _erasures;

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
        Privacy.ErasureGuard? erasures = null)
    {
        _erasures = erasures;
        _plan = new SessionPlan(analyzers, sinks);
        var runner = new CheckpointedAnalyzerRunner(checkpoints, time, options, logger);
        _services = new SessionPipelineServices(store, new SessionInputLoader(store, leadHistory), runner, sinks, time, options.Value.SessionBudget, logger, telemetry);
    }

    public SessionPlan Plan => _plan;

    /// <summary>
    /// Runs the session; null when it was erased while it ran (what the run wrote is erased again, and a failure the
    /// erasure caused, such as marking a deleted session analyzed, is not a failure).
    /// </summary>
    public async Task<SessionReport?> ProcessAsync(string sessionId, CancellationToken cancellationToken)
    {
        var steps = new InProcessSessionSteps(sessionId, _plan, _services, cancellationToken);
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        try
        {
            await SessionWorkflow.RunAsync(_plan, steps).ConfigureAwait(false);
        }
        catch (Exception ex) when (_erasures is not null && ex is not OperationCanceledException)
        {
            failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex);
        }

        if (_erasures is not null && await _erasures.SweepIfErasedAsync(sessionId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        failure?.Throw();
        return steps.Report!;
    }
}
