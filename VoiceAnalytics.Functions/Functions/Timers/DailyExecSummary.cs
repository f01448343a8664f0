using Microsoft.Azure.Functions.Worker;

namespace VoiceAnalytics.Functions.Functions.Timers;

/// <summary>Timer: the daily executive email (spec 7.5), on the schedule in <c>Timers:Schedules:DailyExecSummary</c>.</summary>
public sealed class DailyExecSummary(TriggeredTimers timers)
{
    [Function(nameof(DailyExecSummary))]
    public Task Run([TimerTrigger("%Timers:Schedules:DailyExecSummary%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return timers.RunAsync(nameof(DailyExecSummary), timer.IsPastDue, cancellationToken);
    }
}
