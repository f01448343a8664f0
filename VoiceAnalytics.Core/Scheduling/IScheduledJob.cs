namespace VoiceAnalytics.Core.Scheduling;

/// <summary>
/// A job that runs on a schedule: what a timer does, not the timer. <see cref="Name"/> is the timer function's name and
/// picks the schedule (<c>Timers:Schedules:{Name}</c>); the hosts own the timers (the Functions app's
/// <c>TimerTrigger</c> functions, the local host's <c>LocalTimerHost</c>).
/// </summary>
public interface IScheduledJob
{
    string Name { get; }

    Task RunAsync(JobOccurrence occurrence, CancellationToken cancellationToken);
}
