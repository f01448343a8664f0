namespace VoiceAnalytics.Core.Timers;

/// <summary>A timer-triggered function; <see cref="Name"/> picks its schedule (<c>Timers:Schedules:{Name}</c>).</summary>
public interface ITimerFunction
{
    string Name { get; }

    Task RunAsync(TimerInfo timer, CancellationToken cancellationToken);
}
