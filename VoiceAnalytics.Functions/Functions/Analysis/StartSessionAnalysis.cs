using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Telemetry;

namespace VoiceAnalytics.Functions.Functions.Analysis;

/// <summary>
/// Queue trigger on the session queue (<c>Queue:Name</c>): starts <see cref="AnalyzeSession"/> with the session id as
/// the instance id, so a second message for the same session is a no-op while it runs or once it is analyzed. A
/// session accepted again after it failed starts a fresh run on the same id. The host retries a failed start and
/// poisons the message after <c>maxDequeueCount</c> (host.json); the last attempt first marks the session failed.
/// </summary>
public sealed partial class StartSessionAnalysis(ISessionStore store, IOptions<QueueOptions> options, VoiceAnalyticsTelemetry telemetry, ILogger<StartSessionAnalysis> logger, VoiceAnalytics.Core.Privacy.ErasureGuard? erasures = null)
{
    [Function(nameof(StartSessionAnalysis))]
    public async Task Run(
        [QueueTrigger("%Queue:Name%")] QueueMessage message,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(client);
        var sessionId = SessionMessage.FromJson(message.MessageText).SessionId;
        if (erasures is not null && await erasures.IsErasedAsync(sessionId, cancellationToken).ConfigureAwait(false))
        {
            erasures.Dropped(sessionId); // a replayed message of an erased session starts nothing
            return;
        }

        try
        {
            await StartAsync(client, sessionId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (message.DequeueCount >= options.Value.MaxDequeueCount && ex is not OperationCanceledException)
        {
            await store.MarkFailedAsync(sessionId, $"Failed {message.DequeueCount} attempts: {FailureReason.Describe(ex)}", cancellationToken).ConfigureAwait(false);
            telemetry.SessionFailed();
            throw;
        }
    }

    /// <summary>Starts the orchestration unless one for this session is under way or the session is already analyzed.</summary>
    public async Task<bool> StartAsync(DurableTaskClient client, string sessionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var instance = await client.GetInstanceAsync(sessionId, cancellationToken).ConfigureAwait(false);
        var session = await store.GetAsync(sessionId, cancellationToken).ConfigureAwait(false) ?? throw new SessionNotFoundException(sessionId);
        if (!AnalysisStart.ShouldStart(instance?.RuntimeStatus, session.State))
        {
            AlreadyStarted(logger, sessionId, instance?.RuntimeStatus.ToString() ?? "none", session.State.ToString());
            return false;
        }

        await client.ScheduleNewOrchestrationInstanceAsync(nameof(AnalyzeSession), sessionId, new StartOrchestrationOptions(sessionId), cancellationToken).ConfigureAwait(false);
        return true;
    }

    [LoggerMessage(2100, LogLevel.Information, "Session {SessionId} not started again: orchestration {Status}, session {State}")]
    private static partial void AlreadyStarted(ILogger logger, string sessionId, string status, string state);
}

/// <summary>When a queue message for a session starts its orchestration.</summary>
public static class AnalysisStart
{
    public static bool ShouldStart(OrchestrationRuntimeStatus? instance, SessionState session) => instance switch
    {
        null => true,
        OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended => false,
        // Finished: only a session accepted again (its body replaced after a failure) is analyzed again.
        _ => session == SessionState.Received,
    };
}
