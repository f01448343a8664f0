using System.Text.Json;
using Microsoft.Extensions.Logging;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage;

namespace VoiceAnalytics.Core.Pipeline;

/// <summary>
/// The local host's runner of <see cref="SessionWorkflow"/> for one session: the payload is read and parsed once,
/// results stay in memory between steps and each analyzer result is checkpointed in the embedded store, so a crash
/// re-runs only what did not finish. Created per session by <see cref="SessionProcessor"/>.
/// </summary>
internal sealed class InProcessSessionSteps(
    string sessionId,
    SessionPlan plan,
    SessionPipelineServices services,
    CancellationToken cancellationToken) : ISessionSteps
{
    private readonly StagedResults _results = new(plan.Analyzers);
    private AnalysisInput? _input;
    private DateTimeOffset _began;

    public SessionReport? Report { get; private set; }

    public async Task BeginAsync()
    {
        _began = services.Time.GetUtcNow();
        _input = await services.Loader.LoadInputAsync(sessionId, cancellationToken).ConfigureAwait(false);
        await services.Store.MarkProcessingAsync(sessionId, cancellationToken).ConfigureAwait(false);
    }

    public async Task AnalyzeAsync(string analyzer)
    {
        var input = _input ?? throw new InvalidOperationException("BeginAsync has not run.");
        var run = plan.Analyzers.First(a => a.Name == analyzer);
        var result = await services.Runner.RunAsync(run, input with { Earlier = _results.Before(run.Stage) }, cancellationToken, _began + services.SessionBudget).ConfigureAwait(false);
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
        await services.Sinks.DeliverOneAsync(sink, _input!.Session, report, cancellationToken).ConfigureAwait(false);
    }

    public async Task CompleteAsync()
    {
        var report = Report ?? throw new InvalidOperationException("ReportAsync has not run.");
        await services.Store.MarkAnalyzedAsync(sessionId, JsonSerializer.Serialize(report, ReportJson.Options), cancellationToken).ConfigureAwait(false);
        PipelineLog.SessionAnalyzed(services.Logger, sessionId, report.Results.Count);
        services.Telemetry?.SessionAnalyzed(services.Time.GetUtcNow() - _began);
    }
}

/// <summary>What every step of a session needs, resolved once.</summary>
internal sealed record SessionPipelineServices(
    ISessionStore Store,
    SessionInputLoader Loader,
    CheckpointedAnalyzerRunner Runner,
    SinkDispatcher Sinks,
    TimeProvider Time,
    TimeSpan SessionBudget,
    ILogger Logger,
    Telemetry.VoiceAnalyticsTelemetry? Telemetry);
