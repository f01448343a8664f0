using Microsoft.Azure.Functions.Worker;

namespace VoiceAnalytics.Functions.Functions.Timers;

/// <summary>Timer: retention and redaction (spec 8.2), on the schedule in <c>Timers:Schedules:Retention</c>.</summary>
public sealed class Retention(TriggeredTimers timers)
{
    [Function(nameof(Retention))]
    public Task Run([TimerTrigger("%Timers:Schedules:Retention%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return timers.RunAsync(nameof(Retention), timer.IsPastDue, cancellationToken);
    }
}
