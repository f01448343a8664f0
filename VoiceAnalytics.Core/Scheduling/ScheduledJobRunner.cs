using Microsoft.Extensions.Logging;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Core.Scheduling;

/// <summary>
/// Runs the occurrences of a scheduled job that a timer hands it: each occurrence once across instances (a lease per
/// occurrence in the shared store), and an occurrence missed while no instance was up runs at start, marked past due.
/// A failing run is logged and recorded; the schedule goes on. The timers themselves live in the hosts.
/// </summary>
public sealed partial class ScheduledJobRunner(ITimerLeaseStore leases, TimeProvider time, ILogger<ScheduledJobRunner> logger)
{
    /// <summary>Records when the job is next due, so an occurrence missed while no instance was up runs at start.</summary>
    public Task ExpectNextAsync(IScheduledJob function, DateTimeOffset next, CancellationToken cancellationToken) =>
        leases.SetExpectedNextAsync(function.Name, next, cancellationToken);

    /// <summary>Runs the latest missed occurrence, if the timer expected one that has passed.</summary>
    public async Task<bool> RunPastDueAsync(IScheduledJob function, TimerSchedule schedule, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expected = await leases.GetExpectedNextAsync(function.Name, cancellationToken).ConfigureAwait(false);
        if (expected is not { } due || due > now || schedule.LatestBetween(due.AddTicks(-1), now) is not { } missed)
        {
            return false;
        }

        return await RunOccurrenceAsync(function, missed, isPastDue: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// An occurrence the Functions host triggered (a <c>TimerTrigger</c>): the host schedules and keeps one instance
    /// per run, so the occurrence is the schedule's latest at or before now, and the lease makes a repeated trigger of
    /// the same occurrence a no-op, as locally. False when it had already run.
    /// </summary>
    public Task<bool> RunTriggeredAsync(IScheduledJob function, TimerSchedule schedule, bool isPastDue, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var occurrence = schedule.LatestBetween(now.AddDays(-8), now) ?? now;
        return RunOccurrenceAsync(function, occurrence, isPastDue, cancellationToken);
    }

    /// <summary>Runs one occurrence if this instance wins its lease; false when another instance has it.</summary>
    public async Task<bool> RunOccurrenceAsync(IScheduledJob function, DateTimeOffset occurrence, bool isPastDue, CancellationToken cancellationToken)
    {
        if (!await leases.TryAcquireAsync(function.Name, occurrence, isPastDue, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        string? error = null;
        try
        {
            await function.RunAsync(new JobOccurrence(function.Name, occurrence, isPastDue), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            error = FailureReason.Describe(ex);
            TimerFailed(logger, function.Name, occurrence, error);
        }

        await leases.CompleteAsync(function.Name, occurrence, error, cancellationToken).ConfigureAwait(false);
        return true;
    }

    [LoggerMessage(4000, LogLevel.Error, "Timer {Timer} occurrence {Occurrence} failed: {Reason}")]
    private static partial void TimerFailed(ILogger logger, string timer, DateTimeOffset occurrence, string reason);
}
