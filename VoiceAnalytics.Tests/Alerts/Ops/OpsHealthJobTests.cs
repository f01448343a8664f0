using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Alerts.Ops;
using VoiceAnalytics.Tests.Alerts.Slack;

namespace VoiceAnalytics.Tests.Alerts.Ops;

public sealed class OpsHealthJobTests
{
    /// <summary>A Monday noon (UTC), inside the default business hours.</summary>
    private static readonly DateTimeOffset WeekdayNoon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A Saturday noon: agent-down is not evaluated, so the other rules are seen alone.</summary>
    private static readonly DateTimeOffset SaturdayNoon = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    public static TheoryData<string> AlertNames =>
    [
        "agent_down", "error_rate_critical", "error_rate_elevated", "latency_critical", "latency_sustained", "queue_backlog",
        "api_failure_warehouse", "token_spike", "cost_burn", "connection_quality",
    ];

    [Theory]
    [MemberData(nameof(AlertNames))]
    public async Task RunAsync_ConditionOverItsThreshold_OpensTheAlertAndNotifies(string alertName)
    {
        await using var harness = await OpsHealthHarness.StartAsync(alertName == "agent_down" ? WeekdayNoon : SaturdayNoon);
        await Seed(harness, alertName, over: true);

        await harness.RunAsync();

        var alert = Assert.Single(await harness.AlertsAsync(alertName));
        var critical = IsCritical(alertName);
        Assert.Equal(critical ? "critical" : "high", alert.AlertType);
        Assert.Equal(critical ? "P1" : "P2", alert.Severity);
        Assert.Null(alert.ResolvedAt);
        Assert.Equal(critical ? "pagerduty,slack:#ops" : "slack:#ops", alert.SentTo);
        var posted = Assert.Single(harness.OpsMessagesAbout(SlackMrkdwnText(alert.Message)));
        Assert.Equal(critical ? 0 : 1, ((string?)posted["text"])!.StartsWith("<!here>", StringComparison.Ordinal) ? 1 : 0);
        var pages = harness.PagerDutyEventsFor(alertName);
        if (critical)
        {
            var page = Assert.Single(pages);
            Assert.Equal("trigger", (string?)page["event_action"]);
            Assert.Equal(OpsNotifier.DedupKey(alert), (string?)page["dedup_key"]);
            Assert.Equal(alert.Message, (string?)page["payload"]!["summary"]);
            Assert.Equal("critical", (string?)page["payload"]!["severity"]);
        }
        else
        {
            Assert.Empty(pages);
        }
    }

    [Theory]
    [MemberData(nameof(AlertNames))]
    public async Task RunAsync_ConditionJustUnderItsThreshold_DoesNotAlert(string alertName)
    {
        await using var harness = await OpsHealthHarness.StartAsync(alertName == "agent_down" ? WeekdayNoon : SaturdayNoon);
        await Seed(harness, alertName, over: false);

        await harness.RunAsync();

        Assert.Empty(await harness.AlertsAsync(alertName));
        Assert.Empty(harness.PagerDutyEventsFor(alertName));
    }

    [Theory]
    [InlineData("2026-11-21T12:00:00Z")] // Saturday
    [InlineData("2026-11-23T08:30:00Z")] // Monday before 09:00
    [InlineData("2026-11-23T09:05:00Z")] // Monday, but the 10 minutes began before opening
    [InlineData("2026-11-23T17:30:00Z")] // Monday after 17:00
    public async Task RunAsync_NoSessionsOutsideBusinessHours_AgentDownDoesNotFire(string at)
    {
        await using var harness = await OpsHealthHarness.StartAsync(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture));

        await harness.RunAsync();

        Assert.Empty(await harness.AlertsAsync("agent_down"));
        Assert.Empty(harness.PagerDutyEvents);
    }

    [Fact]
    public async Task RunAsync_BusinessHoursInAnotherTimeZone_UseThatZonesClock()
    {
        // 12:00 UTC is 06:00 in Chicago: before its business hours, so no page.
        await using var harness = await OpsHealthHarness.StartAsync(WeekdayNoon, settings: new() { ["Alerts:Ops:BusinessTimeZone"] = "America/Chicago" });

        await harness.RunAsync();

        Assert.Empty(await harness.AlertsAsync("agent_down"));
    }

    [Fact]
    public async Task RunAsync_FiringOnTwoConsecutiveRuns_AlertsOnce()
    {
        await using var harness = await OpsHealthHarness.StartAsync(WeekdayNoon);

        await harness.RunAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(2));
        await harness.RunAsync();

        Assert.Single(await harness.AlertsAsync("agent_down"));
        Assert.Single(harness.PagerDutyEventsFor("agent_down"));
        Assert.Single(harness.OpsMessagesAbout("Voice agent appears down"));
    }

    [Fact]
    public async Task RunAsync_ConditionClears_ResolvesOnceWithTheSameDedupKey()
    {
        await using var harness = await OpsHealthHarness.StartAsync(WeekdayNoon);
        await harness.RunAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(2));
        await harness.AddSessionStartedAsync(Minute);

        await harness.RunAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(2));
        await harness.RunAsync();

        var rows = await harness.AlertsAsync("agent_down");
        Assert.Equal(2, rows.Count);
        var opened = rows.Single(r => r.AlertType == "critical");
        var resolution = rows.Single(r => r.AlertType == AlertHistoryTypes.Resolution);
        Assert.Equal(WeekdayNoon.AddMinutes(2), opened.ResolvedAt);
        Assert.Equal("pagerduty,slack:#ops", resolution.SentTo);
        var events = harness.PagerDutyEventsFor("agent_down");
        Assert.Equal(["trigger", "resolve"], events.Select(e => (string?)e["event_action"]));
        Assert.Equal((string?)events[0]["dedup_key"], (string?)events[1]["dedup_key"]);
        Assert.Empty(harness.PagerDuty.OpenAlerts);
        Assert.Single(harness.OpsMessagesAbout("RESOLVED"));
    }

    [Fact]
    public async Task RunAsync_FiresAgainAfterResolution_OpensANewAlertWithANewDedupKey()
    {
        await using var harness = await OpsHealthHarness.StartAsync(WeekdayNoon);
        await harness.RunAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(2));
        await harness.AddSessionStartedAsync(Minute);
        await harness.RunAsync();

        harness.Time.Advance(TimeSpan.FromMinutes(20));
        await harness.RunAsync();

        var opened = (await harness.AlertsAsync("agent_down")).Where(r => r.AlertType == "critical").ToList();
        Assert.Equal(2, opened.Count);
        var triggers = harness.PagerDutyEventsFor("agent_down").Where(e => (string?)e["event_action"] == "trigger").Select(e => (string?)e["dedup_key"]).ToList();
        Assert.Equal(2, triggers.Distinct().Count());
    }

    [Fact]
    public async Task RunAsync_DestinationsNotConfigured_WritesTriggerAndResolveToTheOutbox()
    {
        await using var harness = await OpsHealthHarness.StartAsync(WeekdayNoon, configured: false);
        await harness.RunAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(2));
        await harness.AddSessionStartedAsync(Minute);

        await harness.RunAsync();

        var rows = await harness.AlertsAsync("agent_down");
        var opened = rows.Single(r => r.AlertType == "critical");
        Assert.Equal("outbox:pagerduty,outbox:slack:#ops", opened.SentTo);
        Assert.Equal("outbox:pagerduty,outbox:slack:#ops", rows.Single(r => r.AlertType == AlertHistoryTypes.Resolution).SentTo);
        var pages = await harness.OutboxAsync("pagerduty");
        var posts = await harness.OutboxAsync("slack");
        Assert.Equal([$"agent_down/{opened.Id}/resolve", $"agent_down/{opened.Id}/trigger"], pages.Select(p => p.MessageKey).Order(StringComparer.Ordinal));
        Assert.Equal([$"agent_down/{opened.Id}/resolve", $"agent_down/{opened.Id}/trigger"], posts.Select(p => p.MessageKey).Order(StringComparer.Ordinal));
        Assert.All(pages.Concat(posts), e => Assert.Equal("#ops", e.Destination));
        Assert.Contains(OpsNotifier.DedupKey(opened), pages.Single(p => p.MessageKey.EndsWith("/trigger", StringComparison.Ordinal)).Payload, StringComparison.Ordinal);
        Assert.Empty(harness.PagerDuty.Received);
        Assert.Empty(harness.Slack.Received);
    }

    [Fact]
    public async Task RunAsync_SlackFailsTransiently_AlertKeptAndSlackRetriedOnTheNextRunOnly()
    {
        await using var harness = await OpsHealthHarness.StartAsync(WeekdayNoon);
        harness.Slack.Enqueue(OpsHealthHarness.OpsHook, new ScriptedReply(500, "rollup_error"));

        await harness.RunAsync();
        var afterFailure = Assert.Single(await harness.AlertsAsync("agent_down"));
        harness.Time.Advance(TimeSpan.FromMinutes(2));
        await harness.RunAsync();

        Assert.Equal("pagerduty", afterFailure.SentTo);
        var alert = Assert.Single(await harness.AlertsAsync("agent_down"));
        Assert.Equal("pagerduty,slack:#ops", alert.SentTo);
        Assert.Single(harness.PagerDutyEventsFor("agent_down"));
        Assert.Equal(2, harness.Slack.ReceivedBy(OpsHealthHarness.OpsHook).Count);
    }

    [Fact]
    public async Task RunAsync_PagerDutyDownWhenResolving_ResolveRetriedOnTheNextRun()
    {
        await using var harness = await OpsHealthHarness.StartAsync(WeekdayNoon);
        await harness.RunAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(2));
        await harness.AddSessionStartedAsync(Minute);
        harness.PagerDuty.Enqueue(new ScriptedReply(503, "", ContentType: "text/html"));

        await harness.RunAsync();
        var pending = (await harness.AlertsAsync("agent_down")).Single(r => r.AlertType == AlertHistoryTypes.Resolution);
        harness.Time.Advance(TimeSpan.FromMinutes(2));
        await harness.RunAsync();

        Assert.Equal("pending,slack:#ops", pending.SentTo);
        var rows = await harness.AlertsAsync("agent_down");
        Assert.Equal(2, rows.Count);
        Assert.Equal("slack:#ops,pagerduty", rows.Single(r => r.AlertType == AlertHistoryTypes.Resolution).SentTo);
        Assert.Empty(harness.PagerDuty.OpenAlerts);
        Assert.Single(harness.OpsMessagesAbout("RESOLVED"));
    }

    [Fact]
    public async Task RunAsync_ThresholdFromConfiguration_IsUsed()
    {
        await using var harness = await OpsHealthHarness.StartAsync(SaturdayNoon, settings: new() { ["Alerts:Ops:QueueBacklogThreshold"] = "5" });
        await harness.EnqueueAsync(6);

        await harness.RunAsync();

        Assert.Equal("Analytics queue backlog: 6 messages", Assert.Single(await harness.AlertsAsync("queue_backlog")).Message);
    }

    [Fact]
    public async Task RunAsync_PipelineFailuresCountAsErrors()
    {
        await using var harness = await OpsHealthHarness.StartAsync(SaturdayNoon);
        for (var i = 0; i < 4; i++)
        {
            await harness.AddCallAsync(TimeSpan.FromMinutes(2));
        }

        await harness.AddFailedProcessingAsync(TimeSpan.FromMinutes(1));

        await harness.RunAsync();

        var alert = Assert.Single(await harness.AlertsAsync("error_rate_critical"));
        Assert.Equal("Critical error rate: 20% errors in last 5 min", alert.Message);
        Assert.Contains("processing failed: JsonException", alert.Context, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TriggerNeverSentThenCleared_ResolutionRecordedButNobodyToldItClosed()
    {
        await using var harness = await OpsHealthHarness.StartAsync(WeekdayNoon);
        harness.PagerDuty.Enqueue(new ScriptedReply(503, "", ContentType: "text/html"));
        harness.Slack.Enqueue(OpsHealthHarness.OpsHook, new ScriptedReply(500, "rollup_error"));
        await harness.RunAsync();
        Assert.Null(Assert.Single(await harness.AlertsAsync("agent_down")).SentTo);
        harness.Time.Advance(TimeSpan.FromMinutes(2));
        await harness.AddSessionStartedAsync(Minute);

        await harness.RunAsync();

        var resolution = (await harness.AlertsAsync("agent_down")).Single(r => r.AlertType == AlertHistoryTypes.Resolution);
        Assert.Equal(OpsDestinations.NotSent, resolution.SentTo);
        Assert.DoesNotContain(harness.PagerDuty.Received, r => r.Body.Contains("\"resolve\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_OneRuleThrows_OtherRulesStillRunAndTheRunFails()
    {
        await using var harness = await OpsHealthHarness.StartAsync(WeekdayNoon, configure: s => s.AddSingleton<IOpsRule, BrokenRule>());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.RunAsync());

        Assert.Contains("broken", error.Message, StringComparison.Ordinal);
        Assert.Single(await harness.AlertsAsync("agent_down"));
    }

    [Fact]
    public async Task RunAsync_Cancelled_Throws()
    {
        await using var harness = await OpsHealthHarness.StartAsync(WeekdayNoon);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.RunAsync(cancelled.Token));

        Assert.Empty(await harness.AlertsAsync("agent_down"));
    }

    private sealed class BrokenRule : IOpsRule
    {
        public string Name => "broken";

        public OpsTier Tier => OpsTier.High;

        public Task<OpsRuleResult> EvaluateAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("cannot read the figures");
    }

    private static bool IsCritical(string alertName) =>
        alertName is "agent_down" or "error_rate_critical" or "latency_critical" or "queue_backlog" or "api_failure_warehouse";

    /// <summary>The message as Slack's fallback text carries it (mrkdwn-escaped).</summary>
    private static string SlackMrkdwnText(string message) => Core.Alerts.Slack.Blocks.SlackMrkdwn.Escape(message);

    private static async Task Seed(OpsHealthHarness harness, string alertName, bool over)
    {
        switch (alertName)
        {
            case "agent_down":
                // Over: the last session started 11 minutes ago; under: 9 minutes ago.
                await harness.AddSessionStartedAsync(TimeSpan.FromMinutes(over ? 11 : 9));
                break;
            case "error_rate_critical":
                // Over: 1 of 5 calls in 5 minutes failed (20 %); under: 1 of 10 (10 %, not above 10).
                await AddCallsAsync(harness, over ? 4 : 9, TimeSpan.FromMinutes(2));
                await harness.AddCallAsync(TimeSpan.FromMinutes(1), closeReason: "error");
                break;
            case "error_rate_elevated":
                // Over: 1 of 12 calls in 10 minutes (8.3 %), the failure 8 minutes ago; under: 1 of 20 (5 %).
                await AddCallsAsync(harness, over ? 11 : 19, TimeSpan.FromMinutes(3));
                await harness.AddCallAsync(TimeSpan.FromMinutes(8), toolError: true);
                break;
            case "latency_critical":
                await harness.AddTurnAsync(TimeSpan.FromMinutes(2), over ? 2500 : 1900);
                await harness.AddTurnAsync(TimeSpan.FromMinutes(1), over ? 1502 : 2099);
                break;
            case "latency_sustained":
                // Both 5-minute halves above 1500 ms, or the older half under it.
                await harness.AddTurnAsync(TimeSpan.FromMinutes(8), over ? 1600 : 1400);
                await harness.AddTurnAsync(TimeSpan.FromMinutes(3), 1700);
                break;
            case "queue_backlog":
                await harness.EnqueueAsync(over ? 101 : 100);
                break;
            case "api_failure_warehouse":
                await harness.AddFailedDeliveriesAsync("warehouse", over ? 3 : 2);
                break;
            case "token_spike":
                // Normal: 24,000 tokens over the previous 24 h = 1,000 an hour; the last hour 2,100 (over) or 2,000.
                await harness.AddTurnAsync(TimeSpan.FromHours(5), promptTokens: 20000, completionTokens: 4000);
                await harness.AddTurnAsync(TimeSpan.FromMinutes(30), promptTokens: 1500, completionTokens: over ? 600 : 500);
                break;
            case "cost_burn":
                // $4.20 in the last hour projects $100.80 a day against $100; $4.10 projects $98.40.
                await harness.AddCostAsync(TimeSpan.FromMinutes(20), over ? 4.2 : 4.1);
                break;
            case "connection_quality":
                // 2 of 5 calls poor (40 %), or 1 of 5 (20 %, not above 20).
                await harness.AddCallAsync(TimeSpan.FromMinutes(30), packetLoss: 5, jitter: 10);
                await harness.AddCallAsync(TimeSpan.FromMinutes(30), packetLoss: 0.5, jitter: over ? 80 : 10);
                for (var i = 0; i < 3; i++)
                {
                    await harness.AddCallAsync(TimeSpan.FromMinutes(30), packetLoss: 0.2, jitter: 12);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(alertName), alertName, null);
        }
    }

    private static async Task AddCallsAsync(OpsHealthHarness harness, int count, TimeSpan endedAgo)
    {
        for (var i = 0; i < count; i++)
        {
            await harness.AddCallAsync(endedAgo);
        }
    }
}
