using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Timers;

namespace VoiceAnalytics.LocalHost.Hosting;

/// <summary>
/// The local stand-in for timer triggers: one loop per registered timer function on its NCRONTAB schedule. Under
/// the Functions host the timers are <c>TimerTrigger</c> functions (VoiceAnalytics.Functions/Functions/Timers) instead.
/// </summary>
public sealed class LocalTimerHost(IEnumerable<ITimerFunction> functions, TimerRunner runner, IOptions<TimerOptions> options) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return Task.CompletedTask;
        }

        var loops = functions.Select(function => RunUntilStoppedAsync(function, settings.ScheduleFor(function.Name), stoppingToken));
        return Task.WhenAll(loops);
    }

    private async Task RunUntilStoppedAsync(ITimerFunction function, TimerSchedule schedule, CancellationToken stoppingToken)
    {
        try
        {
            await runner.RunAsync(function, schedule, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // host shutting down
        }
    }
}
