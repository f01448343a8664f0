using VoiceAnalytics.Core.Timers;

namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>The daily executive summary (spec 7.5), 08:00 in the timers' time zone: the previous local day against the day before.</summary>
public sealed class DailyExecSummaryTimer(ExecutiveReportRunner runner) : ITimerFunction
{
    public const string TimerName = "DailyExecSummary";

    public string Name => TimerName;

    public Task RunAsync(TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return runner.RunAsync(ExecutiveReportKind.Daily, timer.ScheduledTime, cancellationToken);
    }
}
