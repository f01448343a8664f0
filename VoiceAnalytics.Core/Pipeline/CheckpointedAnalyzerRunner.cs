using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Storage;

namespace VoiceAnalytics.Core.Pipeline;

/// <summary>
/// Runs one analyzer at most once per (session, analyzer, version): a saved checkpoint is returned as it is, otherwise
/// the analyzer runs and its result is checkpointed. Both runners of <see cref="SessionWorkflow"/> use it: the
/// Durable activities checkpoint every result (the next activity reads it), the in-process runner only the results
/// of a run that failed, so a retry re-runs only what did not finish.
/// </summary>
public sealed class CheckpointedAnalyzerRunner(ICheckpointStore checkpoints, TimeProvider time, IOptions<PipelineOptions> options, ILogger logger)
{
    private readonly PipelineOptions _options = options.Value;

    /// <summary>The checkpointed result (an <see cref="AnalyzerTimedOut"/> included), or null when the analyzer has not run on the session at this version.</summary>
    public async Task<object?> GetSavedAsync(string sessionId, IAnalyzer analyzer, CancellationToken cancellationToken)
    {
        var saved = await checkpoints.GetAsync(sessionId, analyzer.Name, analyzer.Version, cancellationToken).ConfigureAwait(false);
        return saved is null ? null : Read(analyzer, saved);
    }

    /// <summary>The checkpointed results of <paramref name="analyzers"/> on the session by analyzer name, read in one go; those that have none are left out.</summary>
    public async Task<IReadOnlyDictionary<string, object>> GetSavedAsync(string sessionId, IReadOnlyList<IAnalyzer> analyzers, CancellationToken cancellationToken)
    {
        var saved = await checkpoints.GetManyAsync(sessionId, [.. analyzers.Select(a => (a.Name, a.Version))], cancellationToken).ConfigureAwait(false);
        var results = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var i = 0; i < analyzers.Count; i++)
        {
            if (saved[i] is { } json)
            {
                results[analyzers[i].Name] = Read(analyzers[i], json);
            }
        }

        return results;
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

        var result = await RunUnsavedAsync(analyzer, input, cancellationToken, sessionDeadline).ConfigureAwait(false);
        await SaveAsync(sessionId, analyzer, result, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>
    /// <see cref="RunAsync"/> without the checkpoint: the in-process runner keeps results in memory and checkpoints
    /// only those of a run that fails (<see cref="SaveAsync"/>), as a finished run's report holds them all.
    /// </summary>
    public async Task<object> RunUnsavedAsync(IAnalyzer analyzer, AnalysisInput input, CancellationToken cancellationToken, DateTimeOffset? sessionDeadline = null)
    {
        if (_options.AnalyzerDelay > TimeSpan.Zero)
        {
            await Task.Delay(_options.AnalyzerDelay, time, cancellationToken).ConfigureAwait(false);
        }

        var budget = Budget(sessionDeadline);
        var result = await RunWithinAsync(analyzer, input, budget, cancellationToken).ConfigureAwait(false);
        if (result is AnalyzerTimedOut)
        {
            PipelineLog.AnalyzerTimedOut(logger, input.Session.SessionId, analyzer.Name, analyzer.Version, (long)budget.TotalMilliseconds);
        }

        PipelineLog.AnalyzerCompleted(logger, input.Session.SessionId, analyzer.Name, analyzer.Version);
        return result;
    }

    /// <summary>Checkpoints a result of <see cref="RunUnsavedAsync"/>.</summary>
    public Task SaveAsync(string sessionId, IAnalyzer analyzer, object result, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(result, result is AnalyzerTimedOut ? typeof(AnalyzerTimedOut) : analyzer.ResultType, ReportJson.Options);
        return checkpoints.SaveAsync(sessionId, analyzer.Name, analyzer.Version, json, cancellationToken);
    }

    private static object Read(IAnalyzer analyzer, string saved) =>
        (object?)AnalyzerTimedOut.TryRead(saved)
            ?? JsonSerializer.Deserialize(saved, analyzer.ResultType, ReportJson.Options) ?? throw new JsonException($"Checkpoint of {analyzer.Name} v{analyzer.Version} is null.");

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

        // Inline on the calling thread, not Task.Run: the analyzers are CPU-bound and synchronous at heart, and one
        // session per worker (one core each) costs less CPU than fanning one session over both cores (the pool's
        // spinning and hand-offs were ~a third of a drained session's CPU, bench/README.md "cpu" part), and leaves
        // the other core to intake. A synchronous analyzer over its budget stops at its next cancellation check
        // (AnalysisCancellation); one that does I/O (the LLM analyzer) returns a pending task, which is waited for
        // within the budget and abandoned after it, as before.
        Task<object>? work = null;
        try
        {
            var pending = analyzer.AnalyzeAsync(input, linked.Token);
            if (pending.IsCompletedSuccessfully)
            {
                return pending.Result;
            }

            work = pending.AsTask();
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
    private static void Abandon(Task? work) =>
        _ = work?.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
}
