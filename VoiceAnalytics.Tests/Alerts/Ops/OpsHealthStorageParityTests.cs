using System.Globalization;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Tests.Storage.Azure;

namespace VoiceAnalytics.Tests.Alerts.Ops;

/// <summary>
/// The ops rules give the same alerts under <c>Storage:Provider=AzureStorage</c> (Blob payloads and activity
/// markers, Storage Queue; Azurite) as on the embedded store: each scenario runs in both modes, and the alert rows,
/// PagerDuty events and #ops posts must be the same, and must be the ones the scenario expects.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OpsHealthStorageParityTests(AzuriteFixture azurite)
{
    /// <summary>A Monday noon (UTC), inside the default business hours.</summary>
    private static readonly DateTimeOffset WeekdayNoon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A Saturday noon: agent-down is not evaluated, so the other rules are seen alone.</summary>
    private static readonly DateTimeOffset SaturdayNoon = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    /// <summary>Scenario name to the alert rows (name/type) it must leave, in order.</summary>
    public static TheoryData<string, string[]> Scenarios => new()
    {
        { "agent_down_then_a_warehouse_session", ["agent_down/critical", "agent_down/resolution"] },
        { "agent_down_then_a_payload_received", ["agent_down/critical", "agent_down/resolution"] },
        { "agent_quiet_but_payload_received", [] },
        { "pipeline_failures_count_as_errors", ["error_rate_critical/critical"] },
        { "pipeline_failure_retried_is_not_an_error", [] },
        { "calls_closed_with_error_over_the_critical_rate", ["error_rate_critical/critical"] },
        { "calls_closed_with_error_under_the_critical_rate", ["error_rate_elevated/high"] }, // 10 %: elevated only
        { "tool_errors_over_the_elevated_rate", ["error_rate_elevated/high"] },
        { "latency_critical", ["latency_critical/critical"] },
        { "latency_sustained", ["latency_sustained/high"] },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task RunAsync_SameCallsInBothStorageModes_SameAlerts(string scenario, string[] expected)
    {
        var local = await RunAsync(scenario, azurite: null);
        var azure = await RunAsync(scenario, azurite);

        Assert.Equal(expected, local.Alerts);
        Assert.Equal(local.Alerts, azure.Alerts);
        Assert.Equal(local.Rows, azure.Rows);
        Assert.Equal(local.Notices, azure.Notices);
    }

    private sealed record Outcome(IReadOnlyList<string> Alerts, IReadOnlyList<string> Rows, IReadOnlyList<string> Notices);

    private static async Task<Outcome> RunAsync(string scenario, AzuriteFixture? azurite)
    {
        var weekday = scenario.StartsWith("agent_", StringComparison.Ordinal);
        await using var harness = await OpsHealthHarness.StartAsync(weekday ? WeekdayNoon : SaturdayNoon, azurite: azurite);
        await PlayAsync(harness, scenario);

        var rows = (await harness.AlertsAsync(harness.Time.GetUtcNow().AddDays(-1), harness.Time.GetUtcNow().AddDays(1))).ToList();
        return new Outcome(
            [.. rows.Select(r => $"{r.AlertName}/{r.AlertType}")],
            [.. rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Id}|{r.AlertName}|{r.AlertType}|{r.Severity}|{r.Message}|{r.Context}|{r.SessionId}|{r.TriggeredAt:O}|{r.SentTo}|{r.ResolvedAt:O}"))],
            [
                .. harness.PagerDutyEvents.Select(e => $"pagerduty {(string?)e["event_action"]} {(string?)e["dedup_key"]} {(string?)e["payload"]?["summary"]}"),
                .. harness.OpsMessages.Select(m => $"slack {(string?)m["text"]}"),
            ]);
    }

    private static async Task PlayAsync(OpsHealthHarness harness, string scenario)
    {
        switch (scenario)
        {
            case "agent_down_then_a_warehouse_session":
                await harness.AddSessionStartedAsync(TimeSpan.FromMinutes(11));
                await harness.RunAsync();
                harness.Time.Advance(TimeSpan.FromMinutes(2));
                await harness.AddSessionStartedAsync(Minute);
                await harness.RunAsync();
                break;
            case "agent_down_then_a_payload_received":
                // The intake's sign of life alone (nothing analyzed yet) clears it: the rule reads ISessionActivity.
                await harness.RunAsync();
                harness.Time.Advance(TimeSpan.FromMinutes(2));
                await harness.AddReceivedAsync();
                await harness.RunAsync();
                break;
            case "agent_quiet_but_payload_received":
                await harness.AddSessionStartedAsync(TimeSpan.FromMinutes(30));
                await harness.AddReceivedAsync();
                harness.Time.Advance(TimeSpan.FromMinutes(9));
                await harness.RunAsync();
                break;
            case "pipeline_failures_count_as_errors":
                await AddCallsAsync(harness, 4, TimeSpan.FromMinutes(2));
                await harness.AddFailedProcessingAsync(Minute);
                await harness.RunAsync();
                break;
            case "pipeline_failure_retried_is_not_an_error":
                await AddCallsAsync(harness, 4, TimeSpan.FromMinutes(2));
                var failed = await harness.AddFailedProcessingAsync(Minute);
                Assert.Equal(SessionState.Failed, await harness.RetryAsync(failed));
                await harness.RunAsync();
                break;
            case "calls_closed_with_error_over_the_critical_rate":
                // 1 of 5 calls in 5 minutes (20 %): the close reason is read from the stored payload.
                await AddCallsAsync(harness, 4, TimeSpan.FromMinutes(2));
                await harness.AddCallAsync(Minute, closeReason: "error");
                await harness.RunAsync();
                break;
            case "calls_closed_with_error_under_the_critical_rate":
                await AddCallsAsync(harness, 9, TimeSpan.FromMinutes(2));
                await harness.AddCallAsync(Minute, closeReason: "error");
                await harness.RunAsync();
                break;
            case "tool_errors_over_the_elevated_rate":
                await AddCallsAsync(harness, 11, TimeSpan.FromMinutes(3));
                await harness.AddCallAsync(TimeSpan.FromMinutes(8), toolError: true);
                await harness.RunAsync();
                break;
            case "latency_critical":
                await harness.AddTurnAsync(TimeSpan.FromMinutes(2), 2500);
                await harness.AddTurnAsync(Minute, 1502);
                await harness.RunAsync();
                break;
            case "latency_sustained":
                await harness.AddTurnAsync(TimeSpan.FromMinutes(8), 1600);
                await harness.AddTurnAsync(TimeSpan.FromMinutes(3), 1700);
                await harness.RunAsync();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null);
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
