using System.Globalization;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Alerts.History;
using VoiceAnalytics.Core.Sinks.Salesforce;
using VoiceAnalytics.Core.Sinks.Salesforce.Api;
using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Lists;

namespace VoiceAnalytics.Core.Dashboard.Lists;

/// <summary>
/// Spec 6.6's lists: the window's alerts from the alert history (newest first; resolution rows are shown as the
/// status of the alert they resolve) and its hot leads (top by lead score) from the ranked-list rollup.
/// </summary>
/// <param name="salesforce">Read without validation, as the Salesforce sink reads it: an unconfigured Salesforce is a normal state here.</param>
public sealed class ActivityListsReader(
    IAlertHistory alerts, IDashboardLists lists, IOptions<DashboardListsOptions> options, SalesforceOptions salesforce, ISalesforceRecordLog salesforceRecords, TimeProvider time)
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

        var leads = await lists.HotLeadsAsync(filter, settings.HotLeads, cancellationToken).ConfigureAwait(false);
        var records = salesforce.IsConfigured
            ? await salesforceRecords.FindAsync([.. leads.Select(l => l.SessionId)], cancellationToken).ConfigureAwait(false)
            : new Dictionary<string, SalesforceRecords>();
        return new ActivityLists(
            ListWindow.Of(filter),
            time.GetUtcNow(),
            new AlertList(triggered.Count, settings.RecentAlerts, recent),
            new HotLeadList(settings.HotLeads, [.. leads.Select(l => new HotLeadEntry(
                l.SessionId, l.StartTime, l.Name, l.Score, l.Tier, [.. l.Signals.Select(Signal)], SessionUrl(l.SessionId), LinkOf(records.GetValueOrDefault(l.SessionId))))]));
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

    /// <summary>The lead's record as the Salesforce sink wrote it (<see cref="ISalesforceRecordLog"/>), or why there is no link.</summary>
    private SalesforceLink LinkOf(SalesforceRecords? records) =>
        !salesforce.IsConfigured
            ? SalesforceLink.None("Salesforce is not configured (Salesforce:ClientId and Salesforce:ClientSecret): the sink writes what it would send to the outbox.")
            : records is null
                ? SalesforceLink.None("Not in Salesforce yet: the session's Salesforce delivery has not succeeded (see its deliveries in GET /api/sessions/{id}).")
                : records.Link(salesforce.CallObject) is { } link
                    ? SalesforceLink.To(link.Record, link.Url)
                    : SalesforceLink.None("Written to Salesforce, but no record id or instance URL came back to link to (set Salesforce:InstanceUrl).");
}
