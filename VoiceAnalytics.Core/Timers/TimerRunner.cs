using Microsoft.Extensions.Logging;
using VoiceAnalytics.Core.Pipeline;

namespace VoiceAnalytics.Core.Timers;

/// <summary>
/// Runs one timer function on its schedule, as the Functions timer trigger does: each occurrence once across
/// instances (a lease per occurrence in the shared store), and an occurrence missed while no instance was up runs
/// at start, marked past due. A failing run is logged and recorded; the schedule goes on.
/// </summary>
public sealed partial class TimerRunner(ITimerLeaseStore leases, TimeProvider time, ILogger<TimerRunner> logger)
{
    public async Task RunAsync(ITimerFunction function, TimerSchedule schedule, CancellationToken cancellationToken)
    {
        await RunPastDueAsync(function, schedule, cancellationToken).ConfigureAwait(false);
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            if (schedule.NextAfter(now) is not { } next)
            {
                return;
            }

            await leases.SetExpectedNextAsync(function.Name, next, cancellationToken).ConfigureAwait(false);
            await Task.Delay(next - now, time, cancellationToken).ConfigureAwait(false);
            await RunOccurrenceAsync(function, next, isPastDue: false, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs the latest missed occurrence, if the timer expected one that has passed.</summary>
    public async Task<bool> RunPastDueAsync(ITimerFunction function, TimerSchedule schedule, CancellationToken cancellationToken)
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
    public Task<bool> RunTriggeredAsync(ITimerFunction function, TimerSchedule schedule, bool isPastDue, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var occurrence = schedule.LatestBetween(now.AddDays(-8), now) ?? now;
        return RunOccurrenceAsync(function, occurrence, isPastDue, cancellationToken);
    }

    /// <summary>Runs one occurrence if this instance wins its lease; false when another instance has it.</summary>
    public async Task<bool> RunOccurrenceAsync(ITimerFunction function, DateTimeOffset occurrence, bool isPastDue, CancellationToken cancellationToken)
    {
        if (!await leases.TryAcquireAsync(function.Name, occurrence, isPastDue, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        string? error = null;
        try
        {
            await function.RunAsync(new TimerInfo(function.Name, occurrence, isPastDue), cancellationToken).ConfigureAwait(false);
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
