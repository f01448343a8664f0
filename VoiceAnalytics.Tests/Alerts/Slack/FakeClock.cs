using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace VoiceAnalytics.Tests.Alerts.Slack;

/// <summary>Drives a <see cref="FakeTimeProvider"/> forward in small steps until a task that waits on it is done.</summary>
public static class FakeClock
{
    /// <param name="step">Fake time per real 5 ms: small enough to measure the waits asserted, large enough to be quick.</param>
    public static async Task<T> DriveAsync<T>(this FakeTimeProvider time, Task<T> task, TimeSpan? step = null)
    {
        var guard = Stopwatch.StartNew();
        while (!task.IsCompleted)
        {
            Assert.True(guard.Elapsed < TimeSpan.FromSeconds(30), "the task did not finish within 30 s of real time");
            await Task.Delay(5);
            if (!task.IsCompleted)
            {
                time.Advance(step ?? TimeSpan.FromMilliseconds(100));
            }
        }

        return await task;
    }

    /// <summary>Waits (in real time, without moving the clock) until <paramref name="condition"/> holds.</summary>
    public static async Task UntilAsync(Func<bool> condition)
    {
        var guard = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(guard.Elapsed < TimeSpan.FromSeconds(10), "the condition did not hold within 10 s");
            await Task.Delay(5);
        }
    }
}
