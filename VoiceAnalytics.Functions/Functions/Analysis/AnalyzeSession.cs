using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>
/// The orchestrator: <see cref="SessionWorkflow"/> with every step a Durable activity (fan-out to the analyzers,
/// fan-in, lead scoring, the executive summary, the report, the warehouse, then the other sinks in parallel). The
/// instance id is the session id. When a step still fails after its retries the session is marked failed with the
/// reason, and the orchestration fails so the task hub shows it too.
/// </summary>
public sealed class AnalyzeSession(SessionPlan plan, IOptions<PipelineOptions> options)
{
    private readonly TaskOptions _retry = ActivityRetry.From(options.Value);

    [Function(nameof(AnalyzeSession))]
    public async Task Run([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sessionId = context.GetInput<string>() ?? throw new InvalidOperationException("AnalyzeSession needs the session id as its input.");
        try
        {
            await SessionWorkflow.RunAsync(plan, new DurableSessionSteps(context, sessionId, _retry)).ConfigureAwait(true);
        }
        catch (TaskFailedException ex)
        {
            var reason = $"{ex.FailureDetails.ErrorType}: {ex.FailureDetails.ErrorMessage}";
            await context.CallActivityAsync(nameof(MarkSessionFailed), new SessionFailure(sessionId, reason), _retry).ConfigureAwait(true);
            throw;
        }
    }
}

/// <summary>The input of <see cref="MarkSessionFailed"/>.</summary>
public sealed record SessionFailure(string SessionId, string Reason);
