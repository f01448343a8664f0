using System.Text.Json;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.Business;
using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Alerts.Slack;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Sqlite;
using VoiceAnalytics.Tests.Alerts.Slack;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Alerts.Business;

public sealed class BusinessAlertSinkTests : IAsyncLifetime
{
    private const string SessionId = "biz-1";
    private const string SalesHook = "T000/B001/sales";
    private readonly SqliteStores _stores = new();
    private readonly HttpClient _http = new();
    private readonly CapturingLogger<BusinessAlertSink> _log = new();
    private readonly SessionPayload _session;
    private readonly SessionReport _report;
    private SlackWebhookServer _slack = null!;

    public BusinessAlertSinkTests()
    {
        (_session, var report) = AnalyzedSessions.Analyze("qualified_meeting_booked.json", SessionId, _stores.Time.GetUtcNow());
        _report = report.With<LeadScoreReport>(l => l with { Score = 87 });
    }

    public async Task InitializeAsync() => _slack = await SlackWebhookServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _slack.DisposeAsync();
        _stores.Dispose();
    }

    private IReadOnlyList<string> ExpectedAlerts => [.. Rules().Evaluate(_session, _report).Select(a => a.Name)];

    [Fact]
    public async Task DeliverAsync_QualifiedHotCall_PostsEveryAlertToSalesAndRecordsItAsSent()
    {
        Assert.Contains(BusinessAlertNames.HotLead, ExpectedAlerts);
        Assert.Contains(BusinessAlertNames.MeetingBooked, ExpectedAlerts);
        Assert.Contains(BusinessAlertNames.CompetitorMentioned("docusign"), ExpectedAlerts);

        var records = await DispatchAsync();

        Assert.All(records, r => Assert.Equal(DeliveryStatus.Delivered, r.Status));
        var posts = _slack.ReceivedBy(SalesHook);
        Assert.Equal(ExpectedAlerts.Count, posts.Count);
        Assert.StartsWith("🔥 Hot lead: Dana Whitfield", (string?)posts[0].Json["text"], StringComparison.Ordinal);
        var rows = await Rows();
        Assert.Equal(ExpectedAlerts, rows.Select(r => r.AlertName));
        Assert.All(rows, r => Assert.Equal(("business", "P2", "#sales", SessionId), (r.AlertType, r.Severity, r.SentTo, r.SessionId)));
    }

    [Fact]
    public async Task DeliverAsync_SameSessionDeliveredTwice_OneSlackMessageAndOneRowPerAlert()
    {
        var sut = CreateSut();
        await DeliverWarehouseAsync();

        await Drive(sut.DeliverAsync(_session, _report, CancellationToken.None));
        await Drive(sut.DeliverAsync(_session, _report, CancellationToken.None));

        Assert.Equal(ExpectedAlerts.Count, _slack.ReceivedBy(SalesHook).Count);
        Assert.Equal(ExpectedAlerts, (await Rows()).Select(r => r.AlertName));
    }

    [Fact]
    public async Task DeliverAsync_Slack500OnTheFirstAlert_FailsWithSlacksErrorThenRedeliverySendsOnlyThatAlert()
    {
        _slack.Enqueue(SalesHook, new ScriptedReply(500, "rollup_error"));

        var failed = (await DispatchAsync()).Single(r => r.Sink == BusinessAlertSink.SinkName);
        var firstRound = _slack.ReceivedBy(SalesHook).Count;
        var retried = (await DispatchAsync()).Single(r => r.Sink == BusinessAlertSink.SinkName);

        Assert.Equal(DeliveryStatus.Failed, failed.Status);
        Assert.Contains("hot_lead: rollup_error (HTTP 500)", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(ExpectedAlerts.Count, firstRound);
        Assert.Equal(DeliveryStatus.Delivered, retried.Status);
        var posts = _slack.ReceivedBy(SalesHook);
        Assert.Equal(firstRound + 1, posts.Count);
        Assert.Equal(posts[0].Body, posts[^1].Body);
        Assert.All(await Rows(), r => Assert.Equal("#sales", r.SentTo));
        Assert.Equal(ExpectedAlerts.Count, (await Rows()).Count);
    }

    [Fact]
    public async Task DeliverAsync_Slack429WithRetryAfter_WaitsThatLongThenSends()
    {
        _slack.Enqueue(SalesHook, new ScriptedReply(429, "rate_limited", RetryAfterSeconds: 5));
        await DeliverWarehouseAsync();
        var started = _stores.Time.GetUtcNow();

        await Drive(CreateSut().DeliverAsync(_session, _report, CancellationToken.None));

        var posts = _slack.ReceivedBy(SalesHook);
        Assert.Equal(ExpectedAlerts.Count + 1, posts.Count);
        Assert.Equal(posts[0].Body, posts[1].Body);
        // Five seconds for the 429, then one per second for each further alert (Slack's pace per webhook).
        Assert.InRange(_stores.Time.GetUtcNow() - started, TimeSpan.FromSeconds(5 + ExpectedAlerts.Count - 1), TimeSpan.FromSeconds(5 + ExpectedAlerts.Count + 2));
        Assert.All(await Rows(), r => Assert.Equal("#sales", r.SentTo));
    }

    [Fact]
    public async Task DeliverAsync_NoSalesWebhook_WritesEachMessageToTheOutboxAndMarksItSentToOutbox()
    {
        var sut = CreateSut(new SlackOptions());
        await DeliverWarehouseAsync();

        await sut.DeliverAsync(_session, _report, CancellationToken.None);
        await sut.DeliverAsync(_session, _report, CancellationToken.None);

        var entries = await new SqliteOutbox(_stores.Database, _stores.Time).ListAsync("slack", SessionId, 50, CancellationToken.None);
        Assert.Equal(ExpectedAlerts.Select(a => $"{a}/{SessionId}").Order(), entries.Select(e => e.MessageKey).Order());
        Assert.All(entries, e => Assert.Equal("#sales", e.Destination));
        using var hotLead = JsonDocument.Parse(entries.Single(e => e.MessageKey == $"hot_lead/{SessionId}").Payload);
        Assert.Equal("header", hotLead.RootElement.GetProperty("blocks")[0].GetProperty("type").GetString());
        Assert.All(await Rows(), r => Assert.Equal("outbox", r.SentTo));
        Assert.Empty(_slack.Received);
    }

    [Fact]
    public async Task DeliverAsync_Logs_NeverNameTheLead()
    {
        _slack.Enqueue(SalesHook, new ScriptedReply(500, "rollup_error"));

        await DispatchAsync();

        Assert.NotEmpty(_log.Lines);
        Assert.All(_log.Lines, line =>
        {
            Assert.DoesNotContain("Dana", line, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("brightline", line, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task DeliverAsync_ColdCallWithoutAlerts_SendsNothing()
    {
        var (session, report) = AnalyzedSessions.Analyze("abandoned_short_call.json", "biz-cold", _stores.Time.GetUtcNow());
        Assert.Empty(Rules().Evaluate(session, report));

        await CreateSut().DeliverAsync(session, report, CancellationToken.None);

        Assert.Empty(_slack.Received);
        Assert.Empty(await Rows());
    }

    [Fact]
    public async Task DeliverAsync_Cancelled_ThrowsWithoutPostingOrMarkingSent()
    {
        await DeliverWarehouseAsync();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CreateSut().DeliverAsync(_session, _report, cancellation.Token));

        Assert.Empty(_slack.Received);
        Assert.All(await Rows(), r => Assert.Null(r.SentTo));
    }

    private async Task<IReadOnlyList<DeliveryRecord>> DispatchAsync() =>
        await Drive(_stores.Dispatcher(new WarehouseSink(new SqliteWarehouseWriter(_stores.Database), _stores.Time), CreateSut()).DeliverAsync(_session, _report, CancellationToken.None));

    private Task DeliverWarehouseAsync() => new WarehouseSink(new SqliteWarehouseWriter(_stores.Database), _stores.Time).DeliverAsync(_session, _report, CancellationToken.None);

    /// <summary>Moves the fake clock while the sink waits on Slack's one-message-per-second pace and Retry-After.</summary>
    private Task<T> Drive<T>(Task<T> task) => _stores.Time.DriveAsync(task);

    private Task Drive(Task task) => _stores.Time.DriveAsync(Completed(task));

    private static async Task<bool> Completed(Task task)
    {
        await task;
        return true;
    }

    private Task<IReadOnlyList<AlertRecord>> Rows() =>
        new SqliteAlertHistory(_stores.Database).ListAsync(DateTimeOffset.MinValue.AddYears(1), DateTimeOffset.MaxValue.AddYears(-1), CancellationToken.None);

    private static BusinessAlertRules Rules() => new(Options.Create(new BusinessAlertOptions()));

    private BusinessAlertSink CreateSut(SlackOptions? slack = null)
    {
        var options = Options.Create(slack ?? new SlackOptions { Channels = new(StringComparer.OrdinalIgnoreCase) { [SlackChannels.Sales] = _slack.WebhookUrl(SalesHook) } });
        var gate = new WebhookRateGate(_stores.Time, options.Value.MessageInterval);
        var client = new SlackWebhookClient(_http, options, gate, _stores.Time, new CapturingLogger<SlackWebhookClient>());
        return new BusinessAlertSink(Rules(), new SqliteAlertHistory(_stores.Database), new SlackConnection(options, () => client), new SqliteOutbox(_stores.Database, _stores.Time), _stores.Time, _log);
    }
}
