using VoiceAnalytics.Core.Scheduling;

namespace VoiceAnalytics.Tests.Scheduling;

/// <summary>A timer function that records the occurrences it ran, and can fail.</summary>
public sealed class RecordingJob(string name = "Probe", bool fail = false) : IScheduledJob
{
    private readonly List<JobOccurrence> _runs = [];

    public string Name => name;

    public IReadOnlyList<JobOccurrence> Runs
    {
        get
        {
            lock (_runs)
            {
                return [.. _runs];
            }
        }
    }

    public Task RunAsync(JobOccurrence timer, CancellationToken cancellationToken)
    {
        lock (_runs)
        {
            _runs.Add(timer);
        }

        return fail ? throw new InvalidOperationException("timer failed on purpose") : Task.CompletedTask;
    }
}
