using Microsoft.Azure.Functions.Worker;

namespace VoiceAnalytics.Functions.Functions.Timers;

/// <summary>Timer: the weekly executive email (spec 7.5), on the schedule in <c>Timers:Schedules:WeeklyRollup</c>.</summary>
public sealed class WeeklyRollup(TriggeredTimers timers)
{
    [Function(nameof(WeeklyRollup))]
    public Task Run([TimerTrigger("%Timers:Schedules:WeeklyRollup%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return timers.RunAsync(nameof(WeeklyRollup), timer.IsPastDue, cancellationToken);
    }
}
