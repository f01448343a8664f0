using Microsoft.Extensions.Time.Testing;

namespace VoiceAnalytics.Tests.Sinks.Amplitude;

/// <summary>Moves a <see cref="FakeTimeProvider"/> forward in small steps while a send waits on it.</summary>
internal static class FakeClock
{
    /// <summary>
    /// Advances <paramref name="time"/> by <paramref name="step"/> until <paramref name="work"/> ends, giving the client a
    /// moment of real time between steps; returns how much fake time had passed when <paramref name="reached"/> first held.
    /// </summary>
    public static async Task<TimeSpan?> DriveAsync(Task work, FakeTimeProvider time, TimeSpan step, Func<bool> reached)
    {
        var start = time.GetUtcNow();
        TimeSpan? reachedAt = null;
        for (var i = 0; i < 1000 && !work.IsCompleted; i++)
        {
            await Task.Delay(10);
            if (reachedAt is null && reached())
            {
                reachedAt = time.GetUtcNow() - start;
            }

            time.Advance(step);
        }

        await work;
        return reachedAt ?? (reached() ? time.GetUtcNow() - start : null);
    }
}
