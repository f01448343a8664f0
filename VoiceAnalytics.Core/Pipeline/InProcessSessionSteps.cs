using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage;

namespace VoiceAnalytics.Core.Pipeline;

/// <summary>
/// The local host's runner of <see cref="SessionWorkflow"/> for one session: the payload, the session's checkpoints
/// and its delivery ledger are each read once, results stay in memory between steps, and every write joins the
/// session's write batch (<see cref="ISessionWriteBatches"/>), so a processed session is one commit. A finished run
/// needs no checkpoints (its report holds every result, and the commit deletes earlier ones); a failed run saves
/// the results it finished (<see cref="SaveFinishedAsync"/>), so the retry re-runs only the rest. Created per
/// session by <see cref="SessionProcessor"/>.
/// </summary>
internal sealed class InProcessSessionSteps(
    string sessionId,
    SessionPlan plan,
    SessionPipelineServices services,
    CancellationToken cancellationToken) : ISessionSteps
{
    private readonly StagedResults _results = new(plan.Analyzers);
    private readonly ConcurrentDictionary<string, object> _unsaved = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, object> _saved = new Dictionary<string, object>();
    private Lazy<Task<IReadOnlyList<DeliveryRecord>>>? _ledger;
    private AnalysisInput? _input;
    private DateTimeOffset _began;

    public SessionReport? Report { get; private set; }

    public async Task BeginAsync()
    {
        _began = services.Time.GetUtcNow();
        _input = await services.Loader.LoadInputAsync(sessionId, cancellationToken).ConfigureAwait(false);
        _saved = await services.Runner.GetSavedAsync(sessionId, plan.Analyzers, cancellationToken).ConfigureAwait(false);
        _ledger = new(() => services.Sinks.Ledger.GetAsync(sessionId, cancellationToken));
        await services.Store.MarkProcessingAsync(sessionId, cancellationToken).ConfigureAwait(false);
    }

    public async Task AnalyzeAsync(string analyzer)
    {
        var input = _input ?? throw new InvalidOperationException("BeginAsync has not run.");
        var run = plan.Analyzers.First(a => a.Name == analyzer);
        if (_saved.TryGetValue(analyzer, out var saved))
        {
            PipelineLog.CheckpointHit(services.Logger, sessionId, run.Name, run.Version);
            _results.Add(analyzer, saved);
            return;
        }

        var result = await services.Runner.RunUnsavedAsync(run, input with { Earlier = _results.Before(run.Stage) }, cancellationToken, _began + services.SessionBudget).ConfigureAwait(false);
        _unsaved[analyzer] = result;
        _results.Add(analyzer, result);
    }

    public Task ReportAsync()
    {
        var input = _input ?? throw new InvalidOperationException("BeginAsync has not run.");
        Report = SessionReport.Create(input.Session, services.Time.GetUtcNow(), plan.Analyzers, _results.All());
        return Task.CompletedTask;
    }

    public async Task DeliverAsync(string sink)
    {
        var report = Report ?? throw new InvalidOperationException("ReportAsync has not run.");
        var ledgered = await _ledger!.Value.ConfigureAwait(false);
        await services.Sinks.DeliverOneAsync(sink, _input!.Session, report, ledgered, cancellationToken).ConfigureAwait(false);
    }

    public async Task CompleteAsync()
    {
        var report = Report ?? throw new InvalidOperationException("ReportAsync has not run.");
        await services.Store.MarkAnalyzedAsync(sessionId, JsonSerializer.Serialize(report, ReportJson.Options), cancellationToken).ConfigureAwait(false);
        await services.Checkpoints.ForgetAsync(sessionId, cancellationToken).ConfigureAwait(false);
        PipelineLog.SessionAnalyzed(services.Logger, sessionId, report.Results.Count);
        services.Telemetry?.SessionAnalyzed(services.Time.GetUtcNow() - _began);
    }

    /// <summary>After a failure: checkpoints the results this run computed, so the retry does not compute them again.</summary>
    public async Task SaveFinishedAsync(CancellationToken token)
    {
        foreach (var (name, result) in _unsaved)
        {
            await services.Runner.SaveAsync(sessionId, plan.Analyzers.First(a => a.Name == name), result, token).ConfigureAwait(false);
        }
    }
}

/// <summary>What every step of a session needs, resolved once.</summary>
internal sealed record SessionPipelineServices(
    ISessionStore Store,
    ICheckpointStore Checkpoints,
    SessionInputLoader Loader,
    CheckpointedAnalyzerRunner Runner,
    SinkDispatcher Sinks,
    TimeProvider Time,
    TimeSpan SessionBudget,
    ILogger Logger,
    Telemetry.VoiceAnalyticsTelemetry? Telemetry);
