using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Alerts.PagerDuty;
using VoiceAnalytics.Tests.Alerts.Slack;

namespace VoiceAnalytics.Tests.Alerts.PagerDuty;

public sealed class PagerDutyClientTests : IAsyncLifetime
{
    private const string RoutingKey = "R0UT1NGKEY0123456789ABCDEFGHIJKL";

    private static readonly PagerDutyAlert AgentDown = new()
    {
        Summary = "Voice agent appears down - no sessions in 10 min",
        Severity = PagerDutySeverity.Critical,
        Component = "livekit-agent",
        Group = "voice-agent",
        Class = "agent-down",
        CustomDetails = new Dictionary<string, object?> { ["minutes_without_sessions"] = 10, ["check"] = "every 2 minutes" },
    };

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 8, 18, 15, 0, 0, TimeSpan.Zero));
    private readonly CapturingLogger<PagerDutyClient> _log = new();
    private readonly ClockStampHandler _stamps;
    private readonly HttpClient _http;
    private PagerDutyEventsServer _server = null!;

    public PagerDutyClientTests()
    {
        _stamps = new ClockStampHandler(_time);
        _http = new HttpClient(_stamps);
    }

    public async Task InitializeAsync() => _server = await PagerDutyEventsServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private static string DedupKey => PagerDutyDedupKey.For("Agent Down", "business-hours");

    [Fact]
    public async Task TriggerAsync_ValidAlert_Accepted202WithTheDocumentedBody()
    {
        var result = await CreateSut().TriggerAsync(DedupKey, AgentDown, CancellationToken.None);

        Assert.Equal(PagerDutyOutcome.Accepted, result.Outcome);
        Assert.Equal(202, result.StatusCode);
        Assert.Equal("Event processed", result.Message);
        Assert.Equal(DedupKey, result.DedupKey);
        var sent = Assert.Single(_server.Received);
        Assert.Equal("/v2/enqueue", sent.Path);
        Assert.StartsWith("application/json", sent.ContentType, StringComparison.Ordinal);
        var json = sent.Json;
        Assert.Equal(RoutingKey, (string?)json["routing_key"]);
        Assert.Equal("trigger", (string?)json["event_action"]);
        Assert.Equal(DedupKey, (string?)json["dedup_key"]);
        var payload = json["payload"]!;
        Assert.Equal(AgentDown.Summary, (string?)payload["summary"]);
        Assert.Equal("voice-analytics", (string?)payload["source"]);
        Assert.Equal("critical", (string?)payload["severity"]);
        Assert.Equal(_time.GetUtcNow(), DateTimeOffset.Parse((string)payload["timestamp"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("livekit-agent", (string?)payload["component"]);
        Assert.Equal("voice-agent", (string?)payload["group"]);
        Assert.Equal("agent-down", (string?)payload["class"]);
        Assert.Equal(10, (int?)payload["custom_details"]!["minutes_without_sessions"]);
    }

    [Fact]
    public async Task TriggerThenResolve_SameDedupKey_OpensThenClosesTheAlert()
    {
        var sut = CreateSut();

        var trigger = await sut.TriggerAsync(DedupKey, AgentDown, CancellationToken.None);
        Assert.Equal([DedupKey], _server.OpenAlerts);
        var resolve = await sut.ResolveAsync(DedupKey, CancellationToken.None);

        Assert.True(trigger.IsAccepted);
        Assert.True(resolve.IsAccepted);
        Assert.Empty(_server.OpenAlerts);
        var resolveBody = _server.Received[1].Json;
        Assert.Equal("resolve", (string?)resolveBody["event_action"]);
        Assert.Equal((string?)_server.Received[0].Json["dedup_key"], (string?)resolveBody["dedup_key"]);
        Assert.Null(resolveBody["payload"]);
    }

    [Fact]
    public async Task AcknowledgeAsync_OpenAlert_SendsNoPayloadAndKeepsItOpen()
    {
        var sut = CreateSut();
        await sut.TriggerAsync(DedupKey, AgentDown, CancellationToken.None);

        var result = await sut.AcknowledgeAsync(DedupKey, CancellationToken.None);

        Assert.True(result.IsAccepted);
        Assert.Equal("acknowledge", (string?)_server.Received[1].Json["event_action"]);
        Assert.Null(_server.Received[1].Json["payload"]);
        Assert.Equal([DedupKey], _server.OpenAlerts);
    }

    [Fact]
    public async Task TriggerAsync_InvalidEvent400_PermanentWithPagerDutysErrorsAndNoRetry()
    {
        var result = await CreateSut(new PagerDutyOptions { RoutingKey = "too-short" }).TriggerAsync(DedupKey, AgentDown with { Summary = " " }, CancellationToken.None);

        Assert.Equal(PagerDutyOutcome.Permanent, result.Outcome);
        Assert.Equal(400, result.StatusCode);
        Assert.Equal("Event object is invalid", result.Message);
        Assert.Equal(["Length of 'routing_key' is incorrect (should be 32 characters)", "'payload.summary' is missing or blank"], result.Errors);
        Assert.Equal(1, result.Attempts);
        Assert.Single(_server.Received);
        Assert.Contains(_log.Lines, line => line.Contains("'payload.summary' is missing or blank", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TriggerAsync_429ThenAccepted_RetriesAfterTheBackoff()
    {
        _server.Enqueue(new ScriptedReply(429, ""));

        var result = await _time.DriveAsync(CreateSut().TriggerAsync(DedupKey, AgentDown, CancellationToken.None), Second);

        Assert.True(result.IsAccepted);
        Assert.Equal(2, result.Attempts);
        var at = _stamps.Sent;
        Assert.Equal(2, _server.Received.Count);
        Assert.True(at[1] - at[0] >= TimeSpan.FromSeconds(30), $"retried after {at[1] - at[0]}");
    }

    [Fact]
    public async Task TriggerAsync_429WithRetryAfter_WaitsWhatPagerDutyAsks()
    {
        _server.Enqueue(new ScriptedReply(429, "", RetryAfterSeconds: 5));

        var result = await _time.DriveAsync(CreateSut().TriggerAsync(DedupKey, AgentDown, CancellationToken.None), Second);

        Assert.True(result.IsAccepted);
        var wait = _stamps.Sent[1] - _stamps.Sent[0];
        Assert.InRange(wait, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(29)); // not the 30 s default
    }

    [Fact]
    public async Task TriggerAsync_5xxOnEveryAttempt_TransientAfterMaxAttemptsWithGrowingBackoff()
    {
        _server.Enqueue(
            new ScriptedReply(500, """{"status":"error","message":"Internal Server Error"}""", ContentType: "application/json"),
            new ScriptedReply(502, "<html>Bad Gateway</html>", ContentType: "text/html"),
            new ScriptedReply(503, ""));

        var result = await _time.DriveAsync(CreateSut().TriggerAsync(DedupKey, AgentDown, CancellationToken.None), Second);

        Assert.Equal(PagerDutyOutcome.Transient, result.Outcome);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(503, result.StatusCode);
        var at = _stamps.Sent;
        Assert.True(at[1] - at[0] >= TimeSpan.FromSeconds(30));
        Assert.True(at[2] - at[1] >= TimeSpan.FromSeconds(60));
        Assert.Empty(_server.OpenAlerts);
    }

    [Fact]
    public async Task TriggerAsync_CancelledDuringBackoff_ThrowsAndDoesNotRetry()
    {
        _server.Enqueue(new ScriptedReply(429, ""));
        using var cts = new CancellationTokenSource();

        var sending = CreateSut().TriggerAsync(DedupKey, AgentDown, cts.Token);
        await FakeClock.UntilAsync(() => _server.Received.Count == 1);
        _time.Advance(TimeSpan.FromSeconds(10));
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.Single(_server.Received);
    }

    [Fact]
    public async Task ResolveAsync_NoRoutingKey_PermanentNotConfiguredAndNothingSent()
    {
        var result = await CreateSut(new PagerDutyOptions { RoutingKey = null }).ResolveAsync(DedupKey, CancellationToken.None);

        Assert.Equal(PagerDutyOutcome.Permanent, result.Outcome);
        Assert.Equal("not_configured", result.Message);
        Assert.Empty(_server.Received);
    }

    [Fact]
    public async Task TriggerAsync_AnyOutcome_NeverLogsTheRoutingKey()
    {
        _server.Enqueue(new ScriptedReply(429, ""));
        var sut = CreateSut();

        await _time.DriveAsync(sut.TriggerAsync(DedupKey, AgentDown, CancellationToken.None), Second);
        await sut.ResolveAsync(DedupKey, CancellationToken.None);

        Assert.NotEmpty(_log.Lines);
        Assert.All(_log.Lines, line => Assert.DoesNotContain(RoutingKey, line, StringComparison.Ordinal));
    }

    private PagerDutyClient CreateSut(PagerDutyOptions? options = null)
    {
        options ??= new PagerDutyOptions { RoutingKey = RoutingKey };
        options.BaseUrl = _server.BaseAddress.AbsoluteUri;
        return new PagerDutyClient(_http, Options.Create(options), _time, _log);
    }
}
