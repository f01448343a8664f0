using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Storage;

namespace VoiceAnalytics.Core.Pipeline;

/// <summary>
/// Runs one analyzer at most once per (session, analyzer, version): a saved checkpoint is returned as it is, otherwise
/// the analyzer runs and its result is checkpointed. Both runners of <see cref="SessionWorkflow"/> use it, so a retry
/// or a restart after a crash re-runs only what did not finish, and raising an analyzer's version re-runs just it.
/// </summary>
public sealed class CheckpointedAnalyzerRunner(ICheckpointStore checkpoints, TimeProvider time, IOptions<PipelineOptions> options, ILogger logger)
{
    private readonly PipelineOptions _options = options.Value;

    /// <summary>The checkpointed result, or null when the analyzer has not run on the session at this version.</summary>
    public async Task<object?> GetSavedAsync(string sessionId, IAnalyzer analyzer, CancellationToken cancellationToken)
    {
        var saved = await checkpoints.GetAsync(sessionId, analyzer.Name, analyzer.Version, cancellationToken).ConfigureAwait(false);
        return saved is null
            ? null
            : JsonSerializer.Deserialize(saved, analyzer.ResultType, ReportJson.Options) ?? throw new JsonException($"Checkpoint of {analyzer.Name} v{analyzer.Version} is null.");
    }

    public async Task<object> RunAsync(IAnalyzer analyzer, AnalysisInput input, CancellationToken cancellationToken)
    {
        var sessionId = input.Session.SessionId;
        if (await GetSavedAsync(sessionId, analyzer, cancellationToken).ConfigureAwait(false) is { } saved)
        {
            PipelineLog.CheckpointHit(logger, sessionId, analyzer.Name, analyzer.Version);
            return saved;
        }

        if (_options.AnalyzerDelay > TimeSpan.Zero)
        {
            await Task.Delay(_options.AnalyzerDelay, time, cancellationToken).ConfigureAwait(false);
        }

        // Analyzers are CPU-bound and synchronous at heart: run each on the pool so a stage's fan-out is parallel.
        var result = await Task.Run(async () => await analyzer.AnalyzeAsync(input, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        var json = JsonSerializer.Serialize(result, analyzer.ResultType, ReportJson.Options);
        await checkpoints.SaveAsync(sessionId, analyzer.Name, analyzer.Version, json, cancellationToken).ConfigureAwait(false);
        PipelineLog.AnalyzerCompleted(logger, sessionId, analyzer.Name, analyzer.Version);
        return result;
    }
}
