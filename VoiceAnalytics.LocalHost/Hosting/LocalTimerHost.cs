using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Scheduling;

namespace VoiceAnalytics.LocalHost.Hosting;

/// <summary>
/// The local stand-in for the timer triggers: one loop per scheduled job on its NCRONTAB schedule, waking at each
/// occurrence. Under the Functions host the timers are <c>TimerTrigger</c> functions
/// (VoiceAnalytics.Functions/Functions/Timers) instead; both hand the occurrence to <see cref="ScheduledJobRunner"/>.
/// </summary>
public sealed class LocalTimerHost(IEnumerable<IScheduledJob> jobs, ScheduledJobRunner runner, IOptions<TimerOptions> options, TimeProvider time) : BackgroundService
{
    /// <summary>Runs a missed occurrence first, then each occurrence on time until stopped.</summary>
    public async Task RunOnScheduleAsync(IScheduledJob job, TimerSchedule schedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(schedule);
        await runner.RunPastDueAsync(job, schedule, cancellationToken).ConfigureAwait(false);
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            if (schedule.NextAfter(now) is not { } next)
            {
                return;
            }

            await runner.ExpectNextAsync(job, next, cancellationToken).ConfigureAwait(false);
            await Task.Delay(next - now, time, cancellationToken).ConfigureAwait(false);
            await runner.RunOccurrenceAsync(job, next, isPastDue: false, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return Task.CompletedTask;
        }

        return Task.WhenAll(jobs.Select(job => RunUntilStoppedAsync(job, settings.ScheduleFor(job.Name), stoppingToken)));
    }

    private async Task RunUntilStoppedAsync(IScheduledJob job, TimerSchedule schedule, CancellationToken stoppingToken)
    {
        try
        {
            await RunOnScheduleAsync(job, schedule, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // host shutting down
        }
    }
}
