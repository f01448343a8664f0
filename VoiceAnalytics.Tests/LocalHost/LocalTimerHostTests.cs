using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Scheduling;
using VoiceAnalytics.Core.Storage.Sqlite;
using VoiceAnalytics.LocalHost.Hosting;
using VoiceAnalytics.Tests.Scheduling;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.LocalHost;

public sealed class LocalTimerHostTests : IDisposable
{
    private static readonly DateTimeOffset Eight = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private readonly SqliteStores _stores = new();
    private readonly SqliteTimerLeaseStore _leases;

    public LocalTimerHostTests()
    {
        _leases = new SqliteTimerLeaseStore(new SqliteDatabase(_stores.Database.File, [new TimerTablesSchema()]), _stores.Time);
        _stores.Time.SetUtcNow(Eight.AddSeconds(-30));
    }

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task RunOnScheduleAsync_RunsEachOccurrenceOnTime()
    {
        var job = new RecordingJob();
        using var stop = new CancellationTokenSource();
        var runner = new ScheduledJobRunner(_leases, _stores.Time, NullLogger<ScheduledJobRunner>.Instance);
        using var sut = new LocalTimerHost([job], runner, Options.Create(new TimerOptions()), _stores.Time);
        var loop = sut.RunOnScheduleAsync(job, new TimerSchedule("0 */2 * * * *", TimeZoneInfo.Utc), stop.Token);

        await AdvanceAsync(TimeSpan.FromSeconds(29));
        Assert.Empty(job.Runs);
        await AdvanceAsync(TimeSpan.FromSeconds(1));
        await WaitForAsync(() => job.Runs.Count == 1);
        await AdvanceAsync(TimeSpan.FromMinutes(2));
        await WaitForAsync(() => job.Runs.Count == 2);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loop);

        Assert.Equal([Eight, Eight.AddMinutes(2)], job.Runs.Select(r => r.ScheduledTime));
        Assert.All(job.Runs, r => Assert.False(r.IsPastDue));
    }

    private async Task AdvanceAsync(TimeSpan by)
    {
        await Task.Delay(50); // let the loop reach its delay before time moves
        _stores.Time.Advance(by);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
