using VoiceAnalytics.Core.Scheduling;

namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>The daily executive summary (spec 7.5), 08:00 in the timers' time zone: the previous local day against the day before.</summary>
public sealed class DailyExecSummaryJob(ExecutiveReportRunner runner) : IScheduledJob
{
    public const string TimerName = "DailyExecSummary";

    public string Name => TimerName;

    public Task RunAsync(JobOccurrence timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return runner.RunAsync(ExecutiveReportKind.Daily, timer.ScheduledTime, cancellationToken);
    }
}
