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

    /// <summary>The checkpointed result (an <see cref="AnalyzerTimedOut"/> included), or null when the analyzer has not run on the session at this version.</summary>
    public async Task<object?> GetSavedAsync(string sessionId, IAnalyzer analyzer, CancellationToken cancellationToken)
    {
        var saved = await checkpoints.GetAsync(sessionId, analyzer.Name, analyzer.Version, cancellationToken).ConfigureAwait(false);
        if (saved is null)
        {
            return null;
        }

        return (object?)AnalyzerTimedOut.TryRead(saved)
            ?? JsonSerializer.Deserialize(saved, analyzer.ResultType, ReportJson.Options) ?? throw new JsonException($"Checkpoint of {analyzer.Name} v{analyzer.Version} is null.");
    }

    /// <summary>
    /// Runs the analyzer within its budget: <see cref="PipelineOptions.AnalyzerBudget"/>, or less when
    /// <paramref name="sessionDeadline"/> comes sooner. Over budget the analyzer is cancelled and no longer waited for
    /// (one that ignores its token is left to finish on its own), and its result is <see cref="AnalyzerTimedOut"/>.
    /// Cancellation by <paramref name="cancellationToken"/> (shutdown) throws as usual and checkpoints nothing.
    /// </summary>
    public async Task<object> RunAsync(IAnalyzer analyzer, AnalysisInput input, CancellationToken cancellationToken, DateTimeOffset? sessionDeadline = null)
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

        var budget = Budget(sessionDeadline);
        var result = await RunWithinAsync(analyzer, input, budget, cancellationToken).ConfigureAwait(false);
        if (result is AnalyzerTimedOut)
        {
            PipelineLog.AnalyzerTimedOut(logger, sessionId, analyzer.Name, analyzer.Version, (long)budget.TotalMilliseconds);
        }

        var json = JsonSerializer.Serialize(result, result is AnalyzerTimedOut ? typeof(AnalyzerTimedOut) : analyzer.ResultType, ReportJson.Options);
        await checkpoints.SaveAsync(sessionId, analyzer.Name, analyzer.Version, json, cancellationToken).ConfigureAwait(false);
        PipelineLog.AnalyzerCompleted(logger, sessionId, analyzer.Name, analyzer.Version);
        return result;
    }

    private TimeSpan Budget(DateTimeOffset? sessionDeadline)
    {
        var budget = _options.AnalyzerBudget;
        if (sessionDeadline is { } deadline)
        {
            var left = deadline - time.GetUtcNow();
            budget = left < budget ? left : budget;
        }

        return budget > TimeSpan.Zero ? budget : TimeSpan.Zero;
    }

    private async Task<object> RunWithinAsync(IAnalyzer analyzer, AnalysisInput input, TimeSpan budget, CancellationToken cancellationToken)
    {
        using var overBudget = new CancellationTokenSource(budget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, overBudget.Token);

        // Analyzers are CPU-bound and synchronous at heart: run each on the pool so a stage's fan-out is parallel.
        var work = Task.Run(async () => await analyzer.AnalyzeAsync(input, linked.Token).ConfigureAwait(false), linked.Token);
        try
        {
            return await work.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && overBudget.IsCancellationRequested)
        {
            Abandon(work);
            return AnalyzerTimedOut.After(budget);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Abandon(work);
            throw;
        }
    }

    /// <summary>Observes the outcome of an analyzer no longer waited for, so its late exception is not unobserved.</summary>
    private static void Abandon(Task work) =>
        _ = work.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
}
