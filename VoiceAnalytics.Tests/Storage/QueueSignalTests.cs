using System.Net;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Storage;

public sealed class QueueSignalTests
{
    private static readonly TimeSpan Poll = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task WaitAsync_NotifiedBefore_ReturnsWithoutThePoll()
    {
        var signal = new QueueSignal();
        signal.Notify();

        var wait = signal.WaitAsync(Poll, new FakeTimeProvider(), CancellationToken.None);

        Assert.Same(wait, await Task.WhenAny(wait, Task.Delay(TimeSpan.FromSeconds(10))));
        await wait;
    }

    [Fact]
    public async Task WaitAsync_NotifiedWhileWaiting_Returns_OneNotificationWakesOneWait()
    {
        var signal = new QueueSignal();
        var time = new FakeTimeProvider();
        var first = signal.WaitAsync(Poll, time, CancellationToken.None);
        Assert.False(first.IsCompleted);

        signal.Notify();
        await first.WaitAsync(TimeSpan.FromSeconds(10));
        var second = signal.WaitAsync(Poll, time, CancellationToken.None);

        Assert.False(second.IsCompleted);
        time.Advance(Poll);
        await second.WaitAsync(TimeSpan.FromSeconds(10)); // no notification left: the poll ends it
    }

    [Fact]
    public async Task WaitAsync_Cancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        var wait = new QueueSignal().WaitAsync(Poll, new FakeTimeProvider(), cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task LocalHost_IdlePumpWithATenMinutePoll_AnalyzesAPostAtOnce()
    {
        // Without the wake-up the pump, idle since start, would look again only after ten minutes.
        await using var host = await ApiHost.StartAsync(new Dictionary<string, string?> { ["Queue:PollInterval"] = "00:10:00" });
        await Task.Delay(TimeSpan.FromMilliseconds(500)); // let every worker find the queue empty and go idle

        using var post = await host.Client.SendAsync(SessionsClient.Post(Payloads.SharedWithId("abandoned_short_call.json", "wake-1")));
        var status = await SessionsClient.WaitForStatusAsync(host.Client, "wake-1", "analyzed", TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.Accepted, post.StatusCode);
        Assert.Equal("analyzed", status.GetProperty("status").GetString());
    }
}
