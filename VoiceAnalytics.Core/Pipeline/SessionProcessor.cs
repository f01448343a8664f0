using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage;

namespace VoiceAnalytics.Core.Pipeline;

/// <summary>
/// The orchestration of one session: fan-out to the analyzers in parallel, fan-in, the late stages that read
/// earlier results (lead scoring, then the executive summary), one <see cref="SessionReport"/>, then the sinks in
/// parallel. Every analyzer result is checkpointed, so a retry after a crash or a failure re-runs only what did
/// not finish. Exceptions propagate: the queue retries and finally poisons the message.
/// </summary>
public sealed class SessionProcessor
{
    private readonly ISessionStore _store;
    private readonly ICheckpointStore _checkpoints;
    private readonly ILeadHistory _leadHistory;
    private readonly IReadOnlyList<IAnalyzer> _analyzers;
    private readonly SinkDispatcher _sinks;
    private readonly TimeProvider _time;
    private readonly PipelineOptions _options;
    private readonly ILogger<SessionProcessor> _logger;

    public SessionProcessor(
        ISessionStore store,
        ICheckpointStore checkpoints,
        ILeadHistory leadHistory,
        IEnumerable<IAnalyzer> analyzers,
        SinkDispatcher sinks,
        TimeProvider time,
        IOptions<PipelineOptions> options,
        ILogger<SessionProcessor> logger)
    {
        _store = store;
        _checkpoints = checkpoints;
        _leadHistory = leadHistory;
        _analyzers = [.. analyzers];
        _sinks = sinks;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<SessionReport> ProcessAsync(string sessionId, CancellationToken cancellationToken)
    {
        var body = await _store.GetPayloadAsync(sessionId, cancellationToken).ConfigureAwait(false)
            ?? throw new SessionNotFoundException(sessionId);
        await _store.MarkProcessingAsync(sessionId, cancellationToken).ConfigureAwait(false);
        var session = PayloadParser.Deserialize(body);

        var previousLead = session.UserEmail is { Length: > 0 } email
            ? await _leadHistory.FindPreviousAsync(email, sessionId, session.StartTime, cancellationToken).ConfigureAwait(false)
            : null;
        var initial = AnalysisInput.ForSession(session) with { PreviousLead = previousLead };
        var results = await StagedAnalysis.RunAsync(_analyzers, initial, (analyzer, input) => RunCheckpointedAsync(analyzer, input, cancellationToken)).ConfigureAwait(false);

        var report = new SessionReport
        {
            SessionId = sessionId,
            AnalyzedAt = _time.GetUtcNow(),
            AnalyzerVersions = _analyzers.ToDictionary(a => a.Name, a => a.Version, StringComparer.Ordinal),
            Results = results.ToDictionary(StringComparer.Ordinal),
        };

        await _sinks.DeliverAsync(session, report, cancellationToken).ConfigureAwait(false);
        await _store.MarkAnalyzedAsync(sessionId, JsonSerializer.Serialize(report, ReportJson.Options), cancellationToken).ConfigureAwait(false);
        PipelineLog.SessionAnalyzed(_logger, sessionId, results.Count);
        return report;
    }

    private async Task<object> RunCheckpointedAsync(IAnalyzer analyzer, AnalysisInput input, CancellationToken cancellationToken)
    {
        var session = input.Session;
        var saved = await _checkpoints.GetAsync(session.SessionId, analyzer.Name, analyzer.Version, cancellationToken).ConfigureAwait(false);
        if (saved is not null)
        {
            PipelineLog.CheckpointHit(_logger, session.SessionId, analyzer.Name, analyzer.Version);
            return JsonSerializer.Deserialize(saved, analyzer.ResultType, ReportJson.Options)
                ?? throw new JsonException($"Checkpoint of {analyzer.Name} v{analyzer.Version} is null.");
        }

        if (_options.AnalyzerDelay > TimeSpan.Zero)
        {
            await Task.Delay(_options.AnalyzerDelay, _time, cancellationToken).ConfigureAwait(false);
        }

        // Analyzers are CPU-bound and synchronous at heart: run each on the pool so the fan-out is parallel.
        var result = await Task.Run(async () => await analyzer.AnalyzeAsync(input, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        var json = JsonSerializer.Serialize(result, analyzer.ResultType, ReportJson.Options);
        await _checkpoints.SaveAsync(session.SessionId, analyzer.Name, analyzer.Version, json, cancellationToken).ConfigureAwait(false);
        PipelineLog.AnalyzerCompleted(_logger, session.SessionId, analyzer.Name, analyzer.Version);
        return result;
    }
}
