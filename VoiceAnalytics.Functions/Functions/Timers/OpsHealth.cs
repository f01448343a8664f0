using Microsoft.Azure.Functions.Worker;

namespace VoiceAnalytics.Functions.Functions.Timers;

/// <summary>Timer: ops alert rules (spec 7.1-7.2), on the schedule in <c>Timers:Schedules:OpsHealth</c>.</summary>
public sealed class OpsHealth(TriggeredTimers timers)
{
    [Function(nameof(OpsHealth))]
    public Task Run([TimerTrigger("%Timers:Schedules:OpsHealth%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return timers.RunAsync(nameof(OpsHealth), timer.IsPastDue, cancellationToken);
    }
}
