using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VoiceAnalytics.Core.Alerts.Slack;
using VoiceAnalytics.Core.Alerts.Slack.Blocks;
using VoiceAnalytics.Core.Alerts.Slack.Messages;

namespace VoiceAnalytics.Tests.Alerts.Slack;

public sealed class SlackWebhookClientTests : IAsyncLifetime
{
    private const string SalesHook = "T000/B001/sales";
    private const string OpsHook = "T000/B002/ops";
    private const string SalesPath = "/services/" + SalesHook;
    private const string OpsPath = "/services/" + OpsHook;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 8, 18, 15, 0, 0, TimeSpan.Zero));
    private readonly CapturingLogger<SlackWebhookClient> _log = new();
    private readonly ClockStampHandler _stamps;
    private readonly HttpClient _http;
    private SlackWebhookServer _server = null!;
    private WebhookRateGate? _gate;

    public SlackWebhookClientTests()
    {
        _stamps = new ClockStampHandler(_time);
        _http = new HttpClient(_stamps);
    }

    public async Task InitializeAsync() => _server = await SlackWebhookServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private static SlackMessage Hello => new("hello", [SectionBlock.Markdown("hello")]);

    [Fact]
    public async Task SendAsync_SlackAnswers200Ok_DeliveredOnceAsJson()
    {
        var result = await CreateSut().SendAsync(SlackChannels.Sales, Hello, CancellationToken.None);

        Assert.Equal(SlackDeliveryOutcome.Delivered, result.Outcome);
        Assert.Equal(1, result.Attempts);
        Assert.Equal(200, result.StatusCode);
        var post = Assert.Single(_server.ReceivedBy(SalesHook));
        Assert.StartsWith("application/json", post.ContentType, StringComparison.Ordinal);
        Assert.Equal("hello", (string?)post.Json["text"]);
        Assert.Equal("section", (string?)post.Json["blocks"]![0]!["type"]);
    }

    [Fact]
    public async Task SendAsync_HotLead_PostsBlockKitJsonOnTheWire()
    {
        var message = SlackMessages.HotLead(new HotLeadDetails { LeadName = "John Smith", Company = "Acme Corp", Score = 87, KeySignals = ["Volume: 200 docs/month"] });

        await CreateSut().SendAsync(SlackChannels.Sales, message, CancellationToken.None);

        var json = Assert.Single(_server.ReceivedBy(SalesHook)).Json;
        Assert.Equal("🔥 Hot lead: John Smith (Acme Corp), score 87/100", (string?)json["text"]);
        Assert.Equal(["header", "section", "section", "context"], json["blocks"]!.AsArray().Select(b => (string?)b!["type"]));
    }

    [Theory]
    [InlineData(400, "invalid_payload", SlackDeliveryOutcome.Permanent)]
    [InlineData(400, "invalid_blocks", SlackDeliveryOutcome.Permanent)]
    [InlineData(403, "action_prohibited", SlackDeliveryOutcome.Permanent)]
    [InlineData(404, "channel_not_found", SlackDeliveryOutcome.Permanent)]
    [InlineData(410, "channel_is_archived", SlackDeliveryOutcome.Permanent)]
    [InlineData(500, "rollup_error", SlackDeliveryOutcome.Transient)]
    public async Task SendAsync_SlackError_FailsWithSlacksErrorStringWithoutRetry(int status, string error, SlackDeliveryOutcome expected)
    {
        _server.Enqueue(SalesHook, new ScriptedReply(status, error));

        var result = await CreateSut().SendAsync(SlackChannels.Sales, Hello, CancellationToken.None);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(status, result.StatusCode);
        Assert.Equal(error, result.Error);
        Assert.Equal(1, result.Attempts);
        Assert.Single(_server.ReceivedBy(SalesHook));
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfter_RetriesAfterTheWaitThenDelivers()
    {
        _server.Enqueue(SalesHook, new ScriptedReply(429, "rate_limited", RetryAfterSeconds: 3));

        var result = await _time.DriveAsync(CreateSut().SendAsync(SlackChannels.Sales, Hello, CancellationToken.None));

        Assert.True(result.IsDelivered);
        Assert.Equal(2, result.Attempts);
        Assert.Equal(2, _server.ReceivedBy(SalesHook).Count);
        var at = _stamps.SentTo(SalesPath);
        Assert.True(at[1] - at[0] >= TimeSpan.FromSeconds(3), $"second attempt {at[1] - at[0]} after the first");
    }

    [Fact]
    public async Task SendAsync_429OnEveryAttempt_TransientRateLimitedAfterMaxAttempts()
    {
        _server.Enqueue(SalesHook, [.. Enumerable.Repeat(new ScriptedReply(429, "rate_limited", RetryAfterSeconds: 1), 5)]);

        var result = await _time.DriveAsync(CreateSut().SendAsync(SlackChannels.Sales, Hello, CancellationToken.None));

        Assert.Equal(SlackDeliveryOutcome.Transient, result.Outcome);
        Assert.Equal("rate_limited", result.Error);
        Assert.Equal(429, result.StatusCode);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(3, _server.ReceivedBy(SalesHook).Count);
    }

    [Fact]
    public async Task SendAsync_RetryAfterLongerThanMaxRetryAfter_GivesUpAtOnceWithTheWait()
    {
        _server.Enqueue(SalesHook, new ScriptedReply(429, "rate_limited", RetryAfterSeconds: 3600));

        var result = await CreateSut().SendAsync(SlackChannels.Sales, Hello, CancellationToken.None);

        Assert.Equal(SlackDeliveryOutcome.Transient, result.Outcome);
        Assert.Equal(TimeSpan.FromHours(1), result.RetryAfter);
        Assert.Equal(1, result.Attempts);
    }

    [Fact]
    public async Task SendAsync_ThreeMessagesToOneWebhook_OnePerSecond()
    {
        var sut = CreateSut();

        var sends = Task.WhenAll(Enumerable.Range(0, 3).Select(_ => sut.SendAsync(SlackChannels.Sales, Hello, CancellationToken.None)));
        var results = await _time.DriveAsync(sends);

        Assert.All(results, r => Assert.True(r.IsDelivered));
        Assert.Equal(3, _server.ReceivedBy(SalesHook).Count);
        var at = _stamps.SentTo(SalesPath);
        Assert.Equal(3, at.Count);
        Assert.True(at[1] - at[0] >= TimeSpan.FromSeconds(1), $"{at[1] - at[0]} between the first two");
        Assert.True(at[2] - at[1] >= TimeSpan.FromSeconds(1), $"{at[2] - at[1]} between the last two");
        Assert.True(at[2] - at[0] >= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task SendAsync_TwoWebhooks_DoNotWaitForEachOther()
    {
        var sut = CreateSut();
        var start = _time.GetUtcNow();
        await sut.SendAsync(SlackChannels.Sales, Hello, CancellationToken.None);

        var secondSales = sut.SendAsync(SlackChannels.Sales, Hello, CancellationToken.None);
        var ops = await sut.SendAsync(SlackChannels.Ops, Hello, CancellationToken.None); // the clock has not moved

        Assert.True(ops.IsDelivered);
        Assert.Equal(start, Assert.Single(_stamps.SentTo(OpsPath)));
        Assert.False(secondSales.IsCompleted);
        Assert.True((await _time.DriveAsync(secondSales)).IsDelivered);
        Assert.True(_stamps.SentTo(SalesPath)[1] - start >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task SendAsync_CancelledWhileWaitingForItsTurn_ThrowsAndSendsNothing()
    {
        var sut = CreateSut();
        await sut.SendAsync(SlackChannels.Sales, Hello, CancellationToken.None);
        using var cts = new CancellationTokenSource();

        var waiting = sut.SendAsync(SlackChannels.Sales, Hello, cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Single(_server.ReceivedBy(SalesHook));
    }

    [Fact]
    public async Task SendAsync_CancelledDuringRetryAfter_ThrowsAndDoesNotRetry()
    {
        _server.Enqueue(SalesHook, new ScriptedReply(429, "rate_limited", RetryAfterSeconds: 30));
        using var cts = new CancellationTokenSource();

        var sending = CreateSut().SendAsync(SlackChannels.Sales, Hello, cts.Token);
        await FakeClock.UntilAsync(() => _server.ReceivedBy(SalesHook).Count == 1);
        _time.Advance(TimeSpan.FromSeconds(10));
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Single(_server.ReceivedBy(SalesHook));
    }

    [Fact]
    public async Task SendAsync_ChannelWithoutWebhook_PermanentNotConfiguredAndNothingSent()
    {
        var result = await CreateSut().SendAsync(SlackChannels.Product, Hello, CancellationToken.None);

        Assert.Equal(SlackDeliveryOutcome.Permanent, result.Outcome);
        Assert.Equal("not_configured", result.Error);
        Assert.Equal(0, result.Attempts);
        Assert.Empty(_server.Received);
    }

    [Fact]
    public async Task SendAsync_NobodyListening_TransientNetworkError()
    {
        var options = new SlackOptions { Channels = { [SlackChannels.Sales] = "http://127.0.0.1:1/services/x" } };

        var result = await CreateSut(options).SendAsync(SlackChannels.Sales, Hello, CancellationToken.None);

        Assert.Equal(SlackDeliveryOutcome.Transient, result.Outcome);
        Assert.StartsWith("network_error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_AnyOutcome_NeverLogsTheWebhookUrl()
    {
        _server.Enqueue(SalesHook, new ScriptedReply(429, "rate_limited", RetryAfterSeconds: 1), new ScriptedReply(404, "channel_not_found"));

        await _time.DriveAsync(CreateSut().SendAsync(SlackChannels.Sales, Hello, CancellationToken.None));
        await CreateSut().SendAsync(SlackChannels.Ops, Hello, CancellationToken.None);

        Assert.NotEmpty(_log.Lines);
        Assert.All(_log.Lines, line => Assert.DoesNotContain("/services/", line, StringComparison.Ordinal));
    }

    private SlackWebhookClient CreateSut(SlackOptions? options = null)
    {
        options ??= new SlackOptions
        {
            Channels = { [SlackChannels.Sales] = _server.WebhookUrl(SalesHook), [SlackChannels.Ops] = _server.WebhookUrl(OpsHook) },
        };
        return new SlackWebhookClient(_http, Options.Create(options), Gate(options), _time, _log);
    }

    /// <summary>One gate per test, shared by every client built in it, as the singleton is in the app.</summary>
    private WebhookRateGate Gate(SlackOptions options) => _gate ??= new WebhookRateGate(_time, options.MessageInterval);
}
