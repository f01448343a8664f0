using Microsoft.Extensions.Logging.Abstractions;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.Core.Scheduling;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Scheduling;

public sealed class ScheduledJobRunnerTests : IDisposable
{
    private static readonly DateTimeOffset Eight = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private readonly SqliteStores _stores = new();
    private readonly SqliteTimerLeaseStore _leases;

    public ScheduledJobRunnerTests()
    {
        _leases = new SqliteTimerLeaseStore(new SqliteDatabase(_stores.Database.File, [new TimerTablesSchema()]), _stores.Time);
        _stores.Time.SetUtcNow(Eight.AddSeconds(-30));
    }

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task RunOccurrenceAsync_TwoInstances_OnlyOneRuns()
    {
        var first = new RecordingJob();
        var second = new RecordingJob();

        var ran = await Task.WhenAll(CreateSut().RunOccurrenceAsync(first, Eight, false, CancellationToken.None), CreateSut().RunOccurrenceAsync(second, Eight, false, CancellationToken.None));

        Assert.Single(ran, r => r);
        Assert.Equal(1, first.Runs.Count + second.Runs.Count);
    }

    [Fact]
    public async Task RunPastDueAsync_OccurrenceMissedWhileDown_RunsOnceMarkedPastDue()
    {
        var schedule = new TimerSchedule("0 0 8 * * *", TimeZoneInfo.Utc);
        await _leases.SetExpectedNextAsync("Probe", Eight, CancellationToken.None);
        _stores.Time.SetUtcNow(Eight.AddHours(3)); // the host was down at 08:00
        var timer = new RecordingJob();

        var ran = await CreateSut().RunPastDueAsync(timer, schedule, CancellationToken.None);
        var again = await CreateSut().RunPastDueAsync(timer, schedule, CancellationToken.None);

        Assert.True(ran);
        Assert.False(again);
        var run = Assert.Single(timer.Runs);
        Assert.True(run.IsPastDue);
        Assert.Equal(Eight, run.ScheduledTime);
    }

    [Fact]
    public async Task RunPastDueAsync_NothingMissed_DoesNotRun()
    {
        await _leases.SetExpectedNextAsync("Probe", Eight, CancellationToken.None);
        var timer = new RecordingJob();

        Assert.False(await CreateSut().RunPastDueAsync(timer, new TimerSchedule("0 0 8 * * *", TimeZoneInfo.Utc), CancellationToken.None));
        Assert.Empty(timer.Runs);
    }

    [Fact]
    public async Task RunOccurrenceAsync_FunctionFails_RecordedAndNotRethrown()
    {
        var timer = new RecordingJob(fail: true);

        Assert.True(await CreateSut().RunOccurrenceAsync(timer, Eight, false, CancellationToken.None));

        Assert.Equal(1, _stores.Scalar("SELECT COUNT(*) FROM timer_runs WHERE error LIKE '%failed on purpose%'"));
    }

    [Fact]
    public void TimerSchedule_DailyAtEightInChicago_FollowsDaylightSaving()
    {
        var schedule = new TimerSchedule("0 0 8 * * *", TimeZoneInfo.FindSystemTimeZoneById("America/Chicago"));

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 14, 0, 0, TimeSpan.Zero), schedule.NextAfter(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 10, 31, 13, 0, 0, TimeSpan.Zero), schedule.NextAfter(new DateTimeOffset(2026, 10, 31, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void TimerSchedule_WeeklyMonday_NextMonday()
    {
        var schedule = new TimerSchedule("0 0 8 * * 1", TimeZoneInfo.Utc);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero), schedule.NextAfter(Eight)); // 23 Nov 2026 is a Monday, 08:00 is not after itself
    }

    private ScheduledJobRunner CreateSut() => new(_leases, _stores.Time, NullLogger<ScheduledJobRunner>.Instance);
}
