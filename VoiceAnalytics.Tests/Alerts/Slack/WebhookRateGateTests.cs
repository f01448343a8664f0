using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Alerts.Slack;

namespace VoiceAnalytics.Tests.Alerts.Slack;

public sealed class WebhookRateGateTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 8, 18, 15, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task WaitTurnAsync_SecondTurnOnSameWebhook_WaitsTheInterval()
    {
        var sut = new WebhookRateGate(_time, TimeSpan.FromSeconds(1));
        await sut.WaitTurnAsync("a", CancellationToken.None);

        var second = sut.WaitTurnAsync("a", CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(999));
        await Task.Delay(20);
        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Hold_WhileATurnWaits_PushesThatTurnBack()
    {
        var sut = new WebhookRateGate(_time, TimeSpan.FromSeconds(1));
        await sut.WaitTurnAsync("a", CancellationToken.None);
        var waiting = sut.WaitTurnAsync("a", CancellationToken.None);

        sut.Hold("a", TimeSpan.FromSeconds(5));
        _time.Advance(TimeSpan.FromSeconds(1));
        await Task.Delay(20);
        Assert.False(waiting.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(4));

        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WaitTurnAsync_OtherWebhook_DoesNotWait()
    {
        var sut = new WebhookRateGate(_time, TimeSpan.FromSeconds(1));
        await sut.WaitTurnAsync("a", CancellationToken.None);

        await sut.WaitTurnAsync("b", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
    }
}
