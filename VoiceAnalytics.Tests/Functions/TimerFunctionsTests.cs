using System.Collections.Concurrent;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Scheduling;
using VoiceAnalytics.Functions.Functions.Timers;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Functions;

/// <summary>
/// The Functions app's timer functions as the host invokes them (a <c>TimerInfo</c>), over the app's real services:
/// each runs its Core job once per occurrence, and a repeated trigger of the same occurrence is a no-op.
/// </summary>
public sealed class TimerFunctionsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(typeof(OpsHealth))]
    [InlineData(typeof(QualityDigest))]
    [InlineData(typeof(DailyExecSummary))]
    [InlineData(typeof(WeeklyRollup))]
    public async Task Run_RunsItsJobOncePerOccurrence(Type timerFunction)
    {
        var runs = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        using var services = BuildServices(runs);
        var function = ActivatorUtilities.CreateInstance(services, timerFunction);
        var run = timerFunction.GetMethod("Run")!;

        await (Task)run.Invoke(function, [new TimerInfo { IsPastDue = true }, CancellationToken.None])!;
        await (Task)run.Invoke(function, [new TimerInfo { IsPastDue = false }, CancellationToken.None])!;

        Assert.Equal(1, runs.GetValueOrDefault(timerFunction.Name));
        Assert.Single(runs);
    }

    private ServiceProvider BuildServices(ConcurrentDictionary<string, int> runs) =>
        FunctionsAppServices.Build(_folder.Path, adjust: services => FunctionsAppServices.Decorate<IScheduledJob>(services, inner => new CountingJob(inner, runs)));

    /// <summary>Counts runs per job name instead of running the job (its own tests cover what it does).</summary>
    private sealed class CountingJob(IScheduledJob inner, ConcurrentDictionary<string, int> runs) : IScheduledJob
    {
        public string Name => inner.Name;

        public Task RunAsync(JobOccurrence occurrence, CancellationToken cancellationToken)
        {
            runs.AddOrUpdate(Name, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        }
    }
}
