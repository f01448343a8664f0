using VoiceAnalytics.Core.Scheduling;

namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>The weekly executive rollup (spec 7.5), Monday 08:00 in the timers' time zone: the previous Monday-Sunday week against the week before.</summary>
public sealed class WeeklyRollupJob(ExecutiveReportRunner runner) : IScheduledJob
{
    public const string TimerName = "WeeklyRollup";

    public string Name => TimerName;

    public Task RunAsync(JobOccurrence timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return runner.RunAsync(ExecutiveReportKind.Weekly, timer.ScheduledTime, cancellationToken);
    }
}
