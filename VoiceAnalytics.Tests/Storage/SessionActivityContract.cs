using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Storage;

namespace VoiceAnalytics.Tests.Storage;

/// <summary>A session store with the <see cref="ISessionActivity"/> it feeds, as the shared activity suite drives them.</summary>
public sealed record SessionActivityPorts(ISessionStore Store, ISessionActivity Activity, Func<ValueTask> Cleanup) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Cleanup();
}

/// <summary>
/// The shared <see cref="ISessionActivity"/> suite: both storage modes tell the ops rules the same intake and failure
/// facts for the same calls on their store. Payloads are received at the fake clock's now (as the intake does).
/// </summary>
public abstract class SessionActivityContract : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 8, 17, 10, 0, 0, TimeSpan.Zero);

    private SessionActivityPorts? _ports;

    protected FakeTimeProvider Time { get; } = new(T0);

    private ISessionStore Store => _ports!.Store;

    private ISessionActivity Activity => _ports!.Activity;

    protected abstract Task<SessionActivityPorts> OpenAsync(FakeTimeProvider time);

    public async Task InitializeAsync() => _ports = await OpenAsync(Time);

    public async Task DisposeAsync()
    {
        if (_ports is not null)
        {
            await _ports.DisposeAsync();
        }
    }

    [Fact]
    public async Task LatestReceivedAsync_NothingReceived_Null() =>
        Assert.Null(await Activity.LatestReceivedAsync(T0.AddDays(-1), CancellationToken.None));

    [Fact]
    public async Task LatestReceivedAsync_WithABoundADayBack_TheLatestReceipt()
    {
        await ReceiveAsync("a");
        Time.Advance(TimeSpan.FromMinutes(75)); // into the next hour
        await ReceiveAsync("b");
        Time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(T0.AddMinutes(75), await Activity.LatestReceivedAsync(Time.GetUtcNow().AddDays(-1), CancellationToken.None));
    }

    [Fact]
    public async Task LatestReceivedAsync_BoundAfterTheLatestReceipt_Null_AtIt_TheReceipt()
    {
        await ReceiveAsync("a");
        Time.Advance(TimeSpan.FromMinutes(20));

        Assert.Null(await Activity.LatestReceivedAsync(T0.AddTicks(1), CancellationToken.None));
        Assert.Null(await Activity.LatestReceivedAsync(T0.AddMinutes(10), CancellationToken.None));
        Assert.Equal(T0, await Activity.LatestReceivedAsync(T0, CancellationToken.None));
    }

    [Fact]
    public async Task FailuresAsync_InTheWindow_OldestFirstWithTheirReasons()
    {
        await ReceiveAsync("a", "b", "c");
        Time.Advance(TimeSpan.FromMinutes(1));
        await Store.MarkFailedAsync("b", "JsonException: bad transcript", CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(1));
        await Store.MarkFailedAsync("a", "TimeoutException: analyzer", CancellationToken.None);
        await Store.MarkProcessingAsync("c", CancellationToken.None);

        var failures = await Activity.FailuresAsync(T0, T0.AddMinutes(10), CancellationToken.None);

        Assert.Equal(
            [new SessionFailure("b", "JsonException: bad transcript", T0.AddMinutes(1)), new SessionFailure("a", "TimeoutException: analyzer", T0.AddMinutes(2))],
            failures);
    }

    [Fact]
    public async Task FailuresAsync_FailedThenRetried_NotListed()
    {
        await ReceiveAsync("a", "b");
        Time.Advance(TimeSpan.FromMinutes(1));
        await Store.MarkFailedAsync("a", "boom", CancellationToken.None);
        await Store.MarkFailedAsync("b", "boom", CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(SessionState.Failed, await Store.RetryAsync("a", CancellationToken.None));

        Assert.Equal(["b"], (await Activity.FailuresAsync(T0, T0.AddMinutes(10), CancellationToken.None)).Select(f => f.SessionId));
    }

    [Fact]
    public async Task FailuresAsync_FailedThenAnalyzed_NotListed()
    {
        await ReceiveAsync("a");
        Time.Advance(TimeSpan.FromMinutes(1));
        await Store.MarkFailedAsync("a", "boom", CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(1));
        await Store.MarkAnalyzedAsync("a", """{"session_id":"a"}""", CancellationToken.None);

        Assert.Empty(await Activity.FailuresAsync(T0, T0.AddMinutes(10), CancellationToken.None));
    }

    [Fact]
    public async Task FailuresAsync_OutsideTheWindow_NotListed_FromInclusiveToExclusive()
    {
        await ReceiveAsync("before", "at-from", "inside", "at-to");
        Time.Advance(TimeSpan.FromMinutes(59));
        await Store.MarkFailedAsync("before", "boom", CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(1));
        var from = Time.GetUtcNow(); // 11:00: the window spans the hour boundary
        await Store.MarkFailedAsync("at-from", "boom", CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(3));
        await Store.MarkFailedAsync("inside", "boom", CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(2));
        var to = Time.GetUtcNow();
        await Store.MarkFailedAsync("at-to", "boom", CancellationToken.None);

        var failures = await Activity.FailuresAsync(from, to, CancellationToken.None);

        Assert.Equal(["at-from", "inside"], failures.Select(f => f.SessionId));
        Assert.Empty(await Activity.FailuresAsync(to.AddMinutes(1), to.AddMinutes(30), CancellationToken.None));
    }

    private async Task ReceiveAsync(params string[] sessionIds)
    {
        foreach (var id in sessionIds)
        {
            var body = System.Text.Encoding.UTF8.GetBytes($$"""{"session_id":"{{id}}"}""");
            var submission = new SessionSubmission(id, body, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body)), Time.GetUtcNow());
            Assert.Equal(IntakeOutcome.Accepted, await Store.AcceptAsync(submission, CancellationToken.None));
        }
    }
}
