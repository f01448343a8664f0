using System.Text.Json;
using Microsoft.Extensions.Logging;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Sinks.Redelivery;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Telemetry;

namespace VoiceAnalytics.Core.Pipeline;

/// <summary>
/// The steps of <see cref="SessionWorkflow"/> as stand-alone activities (the Durable runner): each takes only the
/// session id and a name, reads what it needs from the stores (payload, earlier checkpoints, the stored report) and
/// writes its outcome back, so orchestration histories stay small and any instance can run any step.
/// </summary>
public sealed partial class SessionActivities
{
    /// <summary>The checkpoint name under which the assembled report waits for the sinks.</summary>
    public const string ReportCheckpoint = "session_report";

    private readonly SessionPlan _plan;
    private readonly ISessionStore _store;
    private readonly ICheckpointStore _checkpoints;
    private readonly SessionInputLoader _loader;
    private readonly CheckpointedAnalyzerRunner _runner;
    private readonly SinkDispatcher _sinks;
    private readonly StoredReportReader _reports;
    private readonly TimeProvider _time;
    private readonly ILogger<SessionActivities> _logger;
    private readonly VoiceAnalyticsTelemetry _telemetry;
    private readonly Privacy.ErasureGuard? _erasures;

    public SessionActivities(SessionPlan plan, ISessionStore store, ICheckpointStore checkpoints, SessionInputLoader loader, CheckpointedAnalyzerRunner runner, SinkDispatcher sinks, StoredReportReader reports, TimeProvider time, ILogger<SessionActivities> logger, VoiceAnalyticsTelemetry telemetry, Privacy.ErasureGuard? erasures = null)
    {
        _erasures = erasures;
        _telemetry = telemetry;
        _plan = plan;
        _store = store;
        _checkpoints = checkpoints;
        _loader = loader;
        _runner = runner;
        _sinks = sinks;
        _reports = reports;
        _time = time;
        _logger = logger;
    }

    public async Task BeginAsync(string sessionId, CancellationToken cancellationToken)
    {
        _ = await _store.GetPayloadAsync(sessionId, cancellationToken).ConfigureAwait(false) ?? throw new SessionNotFoundException(sessionId);
        await _store.MarkProcessingAsync(sessionId, cancellationToken).ConfigureAwait(false);
    }

    public async Task AnalyzeAsync(string sessionId, string analyzerName, CancellationToken cancellationToken)
    {
        var analyzer = Analyzer(analyzerName);
        if (await _runner.GetSavedAsync(sessionId, analyzer, cancellationToken).ConfigureAwait(false) is not null)
        {
            return; // a retried or replayed activity: the result is already there
        }

        var input = await _loader.LoadInputAsync(sessionId, cancellationToken).ConfigureAwait(false);
        var earlier = await LoadResultsAsync(sessionId, analyzer.Stage, cancellationToken).ConfigureAwait(false);
        await _runner.RunAsync(analyzer, input with { Earlier = earlier }, cancellationToken).ConfigureAwait(false);
    }

    public async Task ReportAsync(string sessionId, CancellationToken cancellationToken)
    {
        var results = await LoadResultsAsync(sessionId, stage: null, cancellationToken).ConfigureAwait(false);
        var session = await _loader.LoadSessionAsync(sessionId, cancellationToken).ConfigureAwait(false); // for its payload warnings
        var report = SessionReport.Create(session, _time.GetUtcNow(), _plan.Analyzers, results);
        await _checkpoints.SaveAsync(sessionId, ReportCheckpoint, SessionReport.CurrentSchemaVersion, JsonSerializer.Serialize(report, ReportJson.Options), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Delivers to one sink and returns the ledger's record; a failure is recorded, not thrown.</summary>
    public async Task<DeliveryRecord> DeliverAsync(string sessionId, string sink, CancellationToken cancellationToken)
    {
        var session = await _loader.LoadSessionAsync(sessionId, cancellationToken).ConfigureAwait(false);
        var report = _reports.Read(await StoredReportAsync(sessionId, cancellationToken).ConfigureAwait(false));
        return await _sinks.DeliverOneAsync(sink, session, report, cancellationToken).ConfigureAwait(false);
    }

    public async Task CompleteAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (_erasures is not null && await _erasures.SweepIfErasedAsync(sessionId, cancellationToken).ConfigureAwait(false))
        {
            return; // erased while the orchestration ran: what it wrote is gone again, and the session stays gone
        }

        var reportJson = await StoredReportAsync(sessionId, cancellationToken).ConfigureAwait(false);
        var began = (await _store.GetAsync(sessionId, cancellationToken).ConfigureAwait(false))?.UpdatedAt; // set when BeginAsync marked it processing
        await _store.MarkAnalyzedAsync(sessionId, reportJson, cancellationToken).ConfigureAwait(false);
        SessionCompleted(_logger, sessionId);
        if (began is { } start)
        {
            _telemetry.SessionAnalyzed(_time.GetUtcNow() - start);
        }
    }

    /// <summary>Records why the orchestration gave up, so the status API shows <c>failed</c> with the reason.</summary>
    public async Task FailAsync(string sessionId, string reason, CancellationToken cancellationToken)
    {
        await _store.MarkFailedAsync(sessionId, reason, cancellationToken).ConfigureAwait(false);
        _telemetry.SessionFailed();
    }

    private IAnalyzer Analyzer(string name) =>
        _plan.Analyzers.FirstOrDefault(a => a.Name == name) ?? throw new ArgumentException($"No analyzer is registered as '{name}'.", nameof(name));

    /// <summary>The checkpointed results of every stage before <paramref name="stage"/> (all stages when null), revised as in memory.</summary>
    private async Task<AnalysisResults> LoadResultsAsync(string sessionId, AnalyzerStage? stage, CancellationToken cancellationToken)
    {
        var results = new StagedResults(_plan.Analyzers);
        var limit = stage is { } s ? SessionPlan.PositionOf(s) : int.MaxValue;
        foreach (var analyzer in _plan.Analyzers.Where(a => SessionPlan.PositionOf(a.Stage) < limit).OrderBy(a => SessionPlan.PositionOf(a.Stage)))
        {
            var saved = await _runner.GetSavedAsync(sessionId, analyzer, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Session {sessionId}: {analyzer.Name} v{analyzer.Version} has no result yet; the workflow runs it before this step.");
            results.Add(analyzer.Name, saved);
        }

        return results.All();
    }

    private async Task<string> StoredReportAsync(string sessionId, CancellationToken cancellationToken) =>
        await _checkpoints.GetAsync(sessionId, ReportCheckpoint, SessionReport.CurrentSchemaVersion, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException($"Session {sessionId} has no report yet; the workflow assembles it before delivering.");

    [LoggerMessage(1010, LogLevel.Information, "Session {SessionId} analyzed")]
    private static partial void SessionCompleted(ILogger logger, string sessionId);
}
