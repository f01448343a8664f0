using System.Globalization;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Sinks.Salesforce;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Lists;

namespace VoiceAnalytics.Core.Dashboard.Lists;

/// <summary>
/// Spec 6.6's lists: the window's alerts from the alert history (newest first; resolution rows are shown as the
/// status of the alert they resolve) and its hot leads (top by lead score) from the ranked-list rollup.
/// </summary>
/// <param name="salesforce">Read without validation, as the Salesforce sink reads it: an unconfigured Salesforce is a normal state here.</param>
public sealed class ActivityListsReader(
    IAlertHistory alerts, IDashboardLists lists, IOptions<DashboardListsOptions> options, SalesforceOptions salesforce, TimeProvider time)
{
    public async Task<ActivityLists> ReadAsync(DashboardFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var settings = options.Value;
        var triggered = (await alerts.ListAsync(filter.From, filter.To, cancellationToken).ConfigureAwait(false))
            .Where(a => a.AlertType != AlertHistoryTypes.Resolution)
            .ToList();
        var recent = triggered
            .OrderByDescending(a => a.TriggeredAt).ThenByDescending(a => a.Id)
            .Take(settings.RecentAlerts)
            .Select(a => new AlertEntry(
                a.Id, a.TriggeredAt, a.AlertType, a.AlertName, a.Severity, Status(a), a.Message, a.ResolvedAt, a.SessionId,
                a.SessionId is null ? null : SessionUrl(a.SessionId)))
            .ToList();

        var link = SalesforceLink();
        var leads = await lists.HotLeadsAsync(filter, settings.HotLeads, cancellationToken).ConfigureAwait(false);
        return new ActivityLists(
            ListWindow.Of(filter),
            time.GetUtcNow(),
            new AlertList(triggered.Count, settings.RecentAlerts, recent),
            new HotLeadList(settings.HotLeads, [.. leads.Select(l => new HotLeadEntry(
                l.SessionId, l.StartTime, l.Name, l.Score, l.Tier, [.. l.Signals.Select(Signal)], SessionUrl(l.SessionId), link))]));
    }

    public static string SessionUrl(string sessionId) => "/api/sessions/" + Uri.EscapeDataString(sessionId);

    private static string Status(AlertRecord alert) => alert.ResolvedAt is not null ? "resolved" : alert.SentTo is not null ? "sent" : "pending";

    private static string Signal(DashboardItem item) => item.Kind switch
    {
        DashboardItemKinds.Industry => "industry: " + item.Item,
        DashboardItemKinds.TeamSize => string.Create(CultureInfo.InvariantCulture, $"team of {item.ValueSum}"),
        DashboardItemKinds.Integration => "integration: " + item.Item,
        DashboardItemKinds.Competitor => $"competitor: {item.Item} ({item.Sub})",
        DashboardItemKinds.Objection => $"objection: {item.Item} ({item.Sub})",
        _ => $"{item.Kind}: {item.Item}",
    };

    /// <summary>
    /// The Salesforce sink finds a lead by email (Lead, then Contact) and upserts the call record by session id; it
    /// links records as <c>{InstanceUrl}/{record id}</c>, but the ids Salesforce returns are not kept anywhere the
    /// dashboard can read, so there is no link to give yet.
    /// </summary>
    private Unavailable SalesforceLink() => salesforce.IsConfigured
        ? new Unavailable("The Salesforce record id is not stored: the sink finds the lead by email and upserts the call by session id, and keeps no record id for the dashboard to link to.")
        : new Unavailable("Salesforce is not configured (Salesforce:ClientId and Salesforce:ClientSecret): the sink writes what it would send to the outbox.");
}
