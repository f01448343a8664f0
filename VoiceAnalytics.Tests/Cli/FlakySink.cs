using VoiceAnalytics.Core.Analysis.Performance;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Sinks;

namespace VoiceAnalytics.Tests.Cli;

/// <summary>A sink that fails its first <c>failures</c> deliveries, then delivers; it keeps what it was given.</summary>
public sealed class FlakySink(string name, int failures) : ISessionSink
{
    private int _calls;

    public string Name => name;

    public bool IsSystemOfRecord => false;

    public List<SessionReport> Delivered { get; } = [];

    public int Calls => _calls;

    public Task DeliverAsync(SessionPayload session, SessionReport report, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _calls) <= failures)
        {
            throw new InvalidOperationException($"{name} is down");
        }

        // The restored report must be typed like the original, as sinks read it with Get<T>().
        _ = report.Get<PerformanceReport>() ?? throw new InvalidOperationException("no typed performance report");
        Delivered.Add(report);
        return Task.CompletedTask;
    }
}
