using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.History;

namespace VoiceAnalytics.Core.Alerts.Ops;

/// <summary>
/// Turns a rule's result into alerts_history state and notifications: a firing condition opens one alert (a second
/// run finds it open and writes nothing), a clear one resolves it once (the resolution is a row). <c>sent_to</c>
/// says which destinations were reached; what is missing is sent again on the next run, so a failed notification
/// never loses the alert. A resolution waiting to be sent carries <see cref="OpsDestinations.Pending"/>.
/// </summary>
public sealed class OpsAlertKeeper(IAlertHistory history, OpsNotifier notifier, IOptions<OpsAlertOptions> options, ILogger<OpsAlertKeeper> logger)
{
    private const string ResolvedPrefix = "Resolved: ";

    public async Task ApplyAsync(IOpsRule rule, OpsRuleResult result, DateTimeOffset now, CancellationToken cancellationToken)
    {
        switch (result.State)
        {
            case OpsRuleState.Firing:
                await OpenAsync(rule, result, now, cancellationToken).ConfigureAwait(false);
                break;
            case OpsRuleState.Clear:
                await ResolveAsync(rule, now, cancellationToken).ConfigureAwait(false);
                break;
            default:
                // Not applicable (outside business hours): whatever is open stays open, nothing new opens.
                break;
        }
    }

    /// <summary>
    /// Sends the resolutions of earlier runs (within <see cref="OpsAlertOptions.NotificationRetryWindow"/>) still
    /// pending; this run's own were just tried.
    /// </summary>
    public async Task RetryPendingResolutionsAsync(IReadOnlyList<IOpsRule> rules, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var byName = rules.ToDictionary(r => r.Name, StringComparer.Ordinal);
        var rows = await history.ListAsync(now - options.Value.NotificationRetryWindow, now, cancellationToken).ConfigureAwait(false);
        foreach (var row in rows.Where(r => r.AlertType == AlertHistoryTypes.Resolution && OpsDestinations.Parse(r.SentTo).Contains(OpsDestinations.Pending)))
        {
            if (byName.TryGetValue(row.AlertName, out var rule) && ResolvedAlertId(row) is { } alertId)
            {
                // The opening row may be older than the window: the resolution row holds what the message needs.
                var opened = row with { Id = alertId, Message = row.Message.StartsWith(ResolvedPrefix, StringComparison.Ordinal) ? row.Message[ResolvedPrefix.Length..] : row.Message };
                await SendResolutionAsync(rule.Tier, opened, row, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task OpenAsync(IOpsRule rule, OpsRuleResult result, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var alert = new NewAlert(
            rule.Tier == OpsTier.Critical ? "critical" : "high",
            rule.Name,
            rule.Tier == OpsTier.Critical ? "P1" : "P2",
            result.Message,
            AlertContext.Write(result.Context));
        var (open, created) = await history.OpenAsync(alert, now, cancellationToken).ConfigureAwait(false);
        if (created)
        {
            OpsHealthLog.Opened(logger, rule.Name, open.Id, result.Value);
        }

        var sent = OpsDestinations.Parse(open.SentTo);
        var missing = OpsDestinations.Missing(rule.Tier, sent);
        if (missing.Count == 0)
        {
            return;
        }

        var reached = await notifier.SendAsync(open, rule.Tier, OpsNotice.Trigger, now, missing, cancellationToken).ConfigureAwait(false);
        if (reached.Count > 0)
        {
            await history.SetSentToAsync(open.Id, OpsDestinations.Format([.. sent, .. reached]), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ResolveAsync(IOpsRule rule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await history.FindOpenAsync(rule.Name, cancellationToken).ConfigureAwait(false) is not { } open)
        {
            return;
        }

        if (await history.ResolveAsync(rule.Name, ResolvedPrefix + open.Message, now, cancellationToken).ConfigureAwait(false) is not { } resolved)
        {
            return;
        }

        OpsHealthLog.Resolved(logger, rule.Name, resolved.Id);
        var rows = await history.ListAsync(now, now.AddMilliseconds(1), cancellationToken).ConfigureAwait(false);
        var resolution = rows.LastOrDefault(r => r.AlertType == AlertHistoryTypes.Resolution && r.AlertName == rule.Name && ResolvedAlertId(r) == resolved.Id);
        if (resolution is null)
        {
            return;
        }

        if (OpsDestinations.Parse(resolved.SentTo).Count == 0)
        {
            // Nobody was told it opened, so nobody is told it closed.
            await history.SetSentToAsync(resolution.Id, OpsDestinations.NotSent, cancellationToken).ConfigureAwait(false);
            return;
        }

        resolution = resolution with { SentTo = OpsDestinations.Pending };
        await history.SetSentToAsync(resolution.Id, OpsDestinations.Pending, cancellationToken).ConfigureAwait(false);
        await SendResolutionAsync(rule.Tier, resolved, resolution, cancellationToken).ConfigureAwait(false);
    }

    private async Task SendResolutionAsync(OpsTier tier, AlertRecord opened, AlertRecord resolution, CancellationToken cancellationToken)
    {
        var sent = OpsDestinations.Parse(resolution.SentTo).Where(t => t != OpsDestinations.Pending).ToList();
        var reached = await notifier.SendAsync(opened, tier, OpsNotice.Resolve, resolution.TriggeredAt, OpsDestinations.Missing(tier, sent), cancellationToken).ConfigureAwait(false);
        List<string> all = [.. sent, .. reached];
        var done = OpsDestinations.Missing(tier, all).Count == 0;
        await history.SetSentToAsync(resolution.Id, OpsDestinations.Format(done ? all : [OpsDestinations.Pending, .. all]), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The id of the alert a resolution row closes, from its context <c>{"resolves_alert_id":N}</c>.</summary>
    private static long? ResolvedAlertId(AlertRecord resolution)
    {
        if (resolution.Context is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(resolution.Context);
            return document.RootElement.TryGetProperty("resolves_alert_id", out var id) && id.TryGetInt64(out var value) ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
