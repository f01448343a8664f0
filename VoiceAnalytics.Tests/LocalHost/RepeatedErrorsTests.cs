using VoiceAnalytics.LocalHost.Hosting;

namespace VoiceAnalytics.Tests.LocalHost;

public sealed class RepeatedErrorsTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ShouldLog_SameErrorSixTimesASecond_OncePerMinuteWithTheCount()
    {
        var errors = new RepeatedErrors(TimeSpan.FromMinutes(1));
        var logged = new List<(TimeSpan At, int Repeated)>();

        for (var tick = 0; tick < 6 * 150; tick++) // 150 s of a failure every ~167 ms
        {
            var at = TimeSpan.FromMilliseconds(tick * 1000.0 / 6);
            if (errors.ShouldLog(new IOException("disk full"), Start + at, out var repeated))
            {
                logged.Add((at, repeated));
            }
        }

        Assert.Equal(3, logged.Count); // at 0 s, 60 s and 120 s
        Assert.Equal(0, logged[0].Repeated);
        Assert.Equal(359, logged[1].Repeated);
        Assert.Equal(359, logged[2].Repeated);
    }

    [Fact]
    public void ShouldLog_ADifferentError_LoggedAtOnce()
    {
        var errors = new RepeatedErrors(TimeSpan.FromMinutes(1));

        Assert.True(errors.ShouldLog(new IOException("disk full"), Start, out _));
        Assert.False(errors.ShouldLog(new IOException("disk full"), Start.AddSeconds(1), out _));
        Assert.True(errors.ShouldLog(new TimeoutException("locked"), Start.AddSeconds(2), out var repeated));
        Assert.Equal(0, repeated);
    }
}
