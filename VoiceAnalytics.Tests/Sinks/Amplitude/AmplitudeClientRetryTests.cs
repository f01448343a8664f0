using VoiceAnalytics.Core.Sinks.Amplitude;
using VoiceAnalytics.Tests.Sinks.Salesforce;
using WireMock.ResponseBuilders;

namespace VoiceAnalytics.Tests.Sinks.Amplitude;

public sealed class AmplitudeClientRetryTests : IDisposable
{
    private const string Throttled = """
        {"code":429,"error":"Too many requests for some devices and users","eps_threshold":30,"throttled_devices":{},"throttled_users":{"user-000":31},"throttled_events":[0]}
        """;

    private readonly AmplitudeServer _amplitude = new();

    public void Dispose() => _amplitude.Dispose();

    [Fact]
    public async Task SendAsync_429WithRetryAfter_WaitsThatLongThenSucceeds()
    {
        GivenFirstThen(Throttle(retryAfterSeconds: 7), AmplitudeServer.Ok());
        var send = _amplitude.CreateClient().SendAsync(AmplitudeServer.Events(1), CancellationToken.None);

        var retriedAfter = await FakeClock.DriveAsync(send, _amplitude.Time, TimeSpan.FromSeconds(1), () => _amplitude.Uploads().Count >= 2);

        var result = await send;
        Assert.True(result.IsComplete);
        Assert.Equal(1, result.SentCount);
        Assert.InRange(retriedAfter!.Value, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(20));
        Assert.Equal(AmplitudeServer.InsertIds(_amplitude.Uploads()[0]), AmplitudeServer.InsertIds(_amplitude.Uploads()[1]));
    }

    [Fact]
    public async Task SendAsync_429WithoutRetryAfter_WaitsTheConfiguredBackoff()
    {
        _amplitude.Settings.ThrottleBackoff = TimeSpan.FromSeconds(30);
        GivenFirstThen(Throttle(retryAfterSeconds: null), AmplitudeServer.Ok());
        var send = _amplitude.CreateClient().SendAsync(AmplitudeServer.Events(1), CancellationToken.None);

        var retriedAfter = await FakeClock.DriveAsync(send, _amplitude.Time, TimeSpan.FromSeconds(2), () => _amplitude.Uploads().Count >= 2);

        Assert.Equal(1, (await send).SentCount);
        Assert.InRange(retriedAfter!.Value, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(50));
    }

    [Fact]
    public async Task SendAsync_429BeyondMaxThrottleRetries_ReturnsTheEventsAsUnsent()
    {
        _amplitude.Settings.MaxThrottleRetries = 2;
        _amplitude.Server.Given(AmplitudeServer.Upload()).RespondWith(Throttle(retryAfterSeconds: 1));
        var events = AmplitudeServer.Events(2);
        var send = _amplitude.CreateClient().SendAsync(events, CancellationToken.None);

        await FakeClock.DriveAsync(send, _amplitude.Time, TimeSpan.FromSeconds(1), () => false);

        var result = await send;
        Assert.False(result.IsComplete);
        Assert.Contains("429", result.TransientFailure, StringComparison.Ordinal);
        Assert.Equal(events, result.Unsent);
        Assert.Equal(0, result.SentCount);
        Assert.Equal(3, _amplitude.Uploads().Count);
    }

    [Fact]
    public async Task SendAsync_RetryAfterLongerThanMax_GivesUpAtOnceWithTheDelay()
    {
        _amplitude.Settings.MaxRetryAfter = TimeSpan.FromMinutes(2);
        _amplitude.Server.Given(AmplitudeServer.Upload()).RespondWith(Throttle(retryAfterSeconds: 600));

        var result = await _amplitude.CreateClient().SendAsync(AmplitudeServer.Events(1), CancellationToken.None);

        Assert.False(result.IsComplete);
        Assert.Equal(TimeSpan.FromMinutes(10), result.RetryAfter);
        Assert.Single(_amplitude.Uploads());
    }

    [Fact]
    public async Task SendAsync_503ThenOk_RetriesAfterTheBackoff()
    {
        GivenFirstThen(AmplitudeServer.Json(503, """{"code":503,"error":"Service unavailable"}"""), AmplitudeServer.Ok());
        var send = _amplitude.CreateClient().SendAsync(AmplitudeServer.Events(1), CancellationToken.None);

        var retriedAfter = await FakeClock.DriveAsync(send, _amplitude.Time, TimeSpan.FromMilliseconds(250), () => _amplitude.Uploads().Count >= 2);

        Assert.Equal(1, (await send).SentCount);
        Assert.InRange(retriedAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task SendAsync_ServerErrorsInFirstBatch_LeaveLaterBatchesUnsent()
    {
        _amplitude.Settings.MaxBatchEvents = 1;
        _amplitude.Settings.MaxServerErrorRetries = 0;
        _amplitude.Server.Given(AmplitudeServer.Upload()).RespondWith(AmplitudeServer.Json(500, """{"code":500,"error":"Internal error"}"""));
        var events = AmplitudeServer.Events(3);

        var result = await _amplitude.CreateClient().SendAsync(events, CancellationToken.None);

        Assert.Equal("HTTP 500 after 1 attempts", result.TransientFailure);
        Assert.Equal(events, result.Unsent);
        Assert.Single(_amplitude.Uploads());
    }

    [Fact]
    public async Task SendAsync_EndpointUnreachable_ReturnsTransientNetworkError()
    {
        _amplitude.Settings.Endpoint = ClosedPort.Url() + AmplitudeServer.Path;
        _amplitude.Settings.MaxServerErrorRetries = 0;

        var result = await _amplitude.CreateClient().SendAsync(AmplitudeServer.Events(1), CancellationToken.None);

        Assert.StartsWith("network error", result.TransientFailure, StringComparison.Ordinal);
        Assert.Single(result.Unsent);
    }

    [Fact]
    public async Task SendAsync_CancelledWhileWaitingOutAThrottle_ThrowsOperationCanceled()
    {
        _amplitude.Server.Given(AmplitudeServer.Upload()).RespondWith(Throttle(retryAfterSeconds: null));
        using var cancellation = new CancellationTokenSource();
        var send = _amplitude.CreateClient().SendAsync(AmplitudeServer.Events(1), cancellation.Token);
        while (_amplitude.Uploads().Count == 0)
        {
            await Task.Delay(10);
        }

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
        Assert.Single(_amplitude.Uploads());
    }

    [Fact]
    public async Task SendAsync_CancelledDuringTheRequest_ThrowsOperationCanceledPromptly()
    {
        _amplitude.Server.Given(AmplitudeServer.Upload()).RespondWith(AmplitudeServer.Ok().WithDelay(TimeSpan.FromSeconds(3)));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _amplitude.CreateClient().SendAsync(AmplitudeServer.Events(1), cancellation.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"cancellation took {clock.Elapsed}");
    }

    private void GivenFirstThen(IResponseBuilder first, IResponseBuilder then)
    {
        _amplitude.Server.Given(AmplitudeServer.Upload()).InScenario("retry").WillSetStateTo("second").RespondWith(first);
        _amplitude.Server.Given(AmplitudeServer.Upload()).InScenario("retry").WhenStateIs("second").WillSetStateTo("second").RespondWith(then);
    }

    private static IResponseBuilder Throttle(int? retryAfterSeconds)
    {
        var response = AmplitudeServer.Json(429, Throttled);
        return retryAfterSeconds is { } seconds ? response.WithHeader("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)) : response;
    }
}
