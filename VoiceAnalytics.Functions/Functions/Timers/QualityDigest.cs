using Microsoft.Azure.Functions.Worker;

namespace VoiceAnalytics.Functions.Functions.Timers;

/// <summary>Timer: the hourly quality digest to Slack #product (spec 7.4), on the schedule in <c>Timers:Schedules:QualityDigest</c>.</summary>
public sealed class QualityDigest(TriggeredTimers timers)
{
    [Function(nameof(QualityDigest))]
    public Task Run([TimerTrigger("%Timers:Schedules:QualityDigest%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return timers.RunAsync(nameof(QualityDigest), timer.IsPastDue, cancellationToken);
    }
}
