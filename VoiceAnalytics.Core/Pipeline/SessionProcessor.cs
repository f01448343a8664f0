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

    public SessionProcessor(
        ISessionStore store,
        ICheckpointStore checkpoints,
        ILeadHistory leadHistory,
        IEnumerable<IAnalyzer> analyzers,
        SinkDispatcher sinks,
        TimeProvider time,
        IOptions<PipelineOptions> options,
        ILogger<SessionProcessor> logger,
        Telemetry.VoiceAnalyticsTelemetry? telemetry = null)
    {
        _plan = new SessionPlan(analyzers, sinks);
        var runner = new CheckpointedAnalyzerRunner(checkpoints, time, options, logger);
        _services = new SessionPipelineServices(store, new SessionInputLoader(store, leadHistory), runner, sinks, time, options.Value.SessionBudget, logger, telemetry);
    }

    public SessionPlan Plan => _plan;

    public async Task<SessionReport> ProcessAsync(string sessionId, CancellationToken cancellationToken)
    {
        var steps = new InProcessSessionSteps(sessionId, _plan, _services, cancellationToken);
        await SessionWorkflow.RunAsync(_plan, steps).ConfigureAwait(false);
        return steps.Report!;
    }
}
