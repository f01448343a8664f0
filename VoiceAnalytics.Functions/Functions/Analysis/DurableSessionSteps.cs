using Microsoft.DurableTask;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>
/// Runs each step of <see cref="SessionWorkflow"/> as a Durable activity, with the retry policy of
/// <see cref="ActivityRetry"/>. Inputs are the session id only: activities read the payload and earlier results
/// from the stores, so the orchestration history stays small. A sink that still fails after its retries is left
/// failed in the delivery ledger (the activity recorded it) and the orchestration goes on with the others.
/// </summary>
internal sealed class DurableSessionSteps(TaskOrchestrationContext context, string sessionId, TaskOptions retry) : ISessionSteps
{
    public Task BeginAsync() => context.CallActivityAsync(nameof(BeginSessionAnalysis), sessionId, retry);

    public Task AnalyzeAsync(string analyzer) => context.CallActivityAsync(ActivityNames.ForAnalyzer(analyzer), sessionId, retry);

    public Task ReportAsync() => context.CallActivityAsync(nameof(AssembleSessionReport), sessionId, retry);

    public async Task DeliverAsync(string sink)
    {
        try
        {
            await context.CallActivityAsync(ActivityNames.ForSink(sink), sessionId, retry).ConfigureAwait(true);
        }
        catch (TaskFailedException)
        {
            // Recorded as failed in the ledger by the activity; `redeliver` retries it later. Never fails the others.
        }
    }

    public Task CompleteAsync() => context.CallActivityAsync(nameof(CompleteSessionAnalysis), sessionId, retry);
}
