using VoiceAnalytics.Core.Timers;

namespace VoiceAnalytics.Tests.Timers;

/// <summary>A timer function that records the occurrences it ran, and can fail.</summary>
public sealed class RecordingTimer(string name = "Probe", bool fail = false) : ITimerFunction
{
    private readonly List<TimerInfo> _runs = [];

    public string Name => name;

    public IReadOnlyList<TimerInfo> Runs
    {
        get
        {
            lock (_runs)
            {
                return [.. _runs];
            }
        }
    }

    public Task RunAsync(TimerInfo timer, CancellationToken cancellationToken)
    {
        lock (_runs)
        {
            _runs.Add(timer);
        }

        return fail ? throw new InvalidOperationException("timer failed on purpose") : Task.CompletedTask;
    }
}
