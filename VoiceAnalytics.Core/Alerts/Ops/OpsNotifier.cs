using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Alerts.PagerDuty;
using VoiceAnalytics.Core.Alerts.Slack;
using VoiceAnalytics.Core.Alerts.Slack.Blocks;
using VoiceAnalytics.Core.Sinks;

namespace VoiceAnalytics.Core.Alerts.Ops;

/// <summary>
/// Sends one alert's trigger or resolve to the destinations still missing: PagerDuty (Events v2, dedup key per
/// alert) and Slack #ops. An unconfigured destination, or one that rejects the event for good (a 400), gets the
/// outbox instead, so nothing is dropped; a transient failure is left missing, for the next run to retry.
/// </summary>
public sealed class OpsNotifier(
    PagerDutyClient pagerDuty,
    SlackWebhookClient slack,
    IOutbox outbox,
    IOptions<PagerDutyOptions> pagerDutyOptions,
    IOptions<SlackOptions> slackOptions,
    ILogger<OpsNotifier> logger)
{
    public const string OutboxDestination = "#ops";

    /// <summary>The dedup_key of an alert: stable across retries, and shared by its trigger and resolve.</summary>
    public static string DedupKey(AlertRecord alert) =>
        PagerDutyDedupKey.For(alert.AlertName, "alert-" + alert.Id.ToString(CultureInfo.InvariantCulture));

    /// <summary>Sends to each of <paramref name="destinations"/>; returns the sent_to tokens of those reached.</summary>
    public async Task<IReadOnlyList<string>> SendAsync(
        AlertRecord alert, OpsTier tier, OpsNotice notice, DateTimeOffset at, IReadOnlyList<string> destinations, CancellationToken cancellationToken)
    {
        var reached = new List<string>();
        foreach (var destination in destinations)
        {
            var token = destination == OpsDestinations.PagerDuty
                ? await PageAsync(alert, notice, cancellationToken).ConfigureAwait(false)
                : await PostAsync(alert, tier, notice, at, cancellationToken).ConfigureAwait(false);
            if (token is not null)
            {
                reached.Add(token);
            }
            else
            {
                OpsHealthLog.NotificationPending(logger, alert.AlertName, alert.Id, notice, destination);
            }
        }

        return reached;
    }

    private async Task<string?> PageAsync(AlertRecord alert, OpsNotice notice, CancellationToken cancellationToken)
    {
        var dedupKey = DedupKey(alert);
        var page = PageOf(alert);
        if (!pagerDutyOptions.Value.IsConfigured)
        {
            return await ToOutboxAsync("pagerduty", alert, notice, PagerDutyEventJson(dedupKey, notice, page), cancellationToken).ConfigureAwait(false);
        }

        var result = notice == OpsNotice.Trigger
            ? await pagerDuty.TriggerAsync(dedupKey, page, cancellationToken).ConfigureAwait(false)
            : await pagerDuty.ResolveAsync(dedupKey, cancellationToken).ConfigureAwait(false);
        return result.Outcome switch
        {
            PagerDutyOutcome.Accepted => OpsDestinations.PagerDuty,
            PagerDutyOutcome.Permanent => await ToOutboxAsync("pagerduty", alert, notice, PagerDutyEventJson(dedupKey, notice, page), cancellationToken).ConfigureAwait(false),
            _ => null,
        };
    }

    private async Task<string?> PostAsync(AlertRecord alert, OpsTier tier, OpsNotice notice, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var message = notice == OpsNotice.Trigger ? OpsSlackMessages.Trigger(alert, tier) : OpsSlackMessages.Resolve(alert, at);
        if (!slackOptions.Value.IsConfigured(SlackChannels.Ops))
        {
            return await ToOutboxAsync("slack", alert, notice, SlackJson.Serialize(message), cancellationToken).ConfigureAwait(false);
        }

        var result = await slack.SendAsync(SlackChannels.Ops, message, cancellationToken).ConfigureAwait(false);
        return result.Outcome switch
        {
            SlackDeliveryOutcome.Delivered => OpsDestinations.SlackOps,
            SlackDeliveryOutcome.Permanent => await ToOutboxAsync("slack", alert, notice, SlackJson.Serialize(message), cancellationToken).ConfigureAwait(false),
            _ => null,
        };
    }

    private async Task<string> ToOutboxAsync(string sink, AlertRecord alert, OpsNotice notice, string payload, CancellationToken cancellationToken)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{alert.AlertName}/{alert.Id}/{notice.ToString().ToLowerInvariant()}");
        await outbox.WriteAsync(sink, OutboxDestination, key, null, payload, cancellationToken).ConfigureAwait(false);
        return OpsDestinations.OutboxPrefix + (sink == "pagerduty" ? OpsDestinations.PagerDuty : OpsDestinations.SlackOps);
    }

    private static PagerDutyAlert PageOf(AlertRecord alert) => new()
    {
        Summary = alert.Message,
        Severity = PagerDutySeverity.Critical,
        Component = alert.AlertName,
        Group = "voice-analytics",
        Class = alert.AlertName,
        CustomDetails = AlertContext.Read(alert.Context),
    };

    /// <summary>The event as it would be POSTed, without the routing key (a secret, and absent anyway).</summary>
    private string PagerDutyEventJson(string dedupKey, OpsNotice notice, PagerDutyAlert page) => JsonSerializer.Serialize(
        new
        {
            event_action = notice == OpsNotice.Trigger ? "trigger" : "resolve",
            dedup_key = dedupKey,
            payload = notice == OpsNotice.Trigger
                ? new { summary = page.Summary, source = pagerDutyOptions.Value.Source, severity = "critical", component = page.Component, group = page.Group, @class = page.Class, custom_details = page.CustomDetails }
                : null,
        });
}
