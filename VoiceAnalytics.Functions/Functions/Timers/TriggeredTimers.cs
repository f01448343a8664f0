using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Scheduling;

namespace VoiceAnalytics.Functions.Functions.Timers;

/// <summary>
/// The one place a host-triggered timer runs: finds the Core timer function by name and runs the schedule's current
/// occurrence through <see cref="ScheduledJobRunner"/>, whose lease makes a duplicate trigger a no-op.
/// </summary>
public sealed class TriggeredTimers(IEnumerable<IScheduledJob> functions, ScheduledJobRunner runner, IOptions<TimerOptions> options)
{
    public Task<bool> RunAsync(string name, bool isPastDue, CancellationToken cancellationToken)
    {
        var function = functions.FirstOrDefault(f => f.Name == name) ?? throw new InvalidOperationException($"No timer function is registered as '{name}'.");
        return runner.RunTriggeredAsync(function, options.Value.ScheduleFor(name), isPastDue, cancellationToken);
    }
}
