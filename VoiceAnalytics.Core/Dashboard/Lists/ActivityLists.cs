using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Dashboard.Lists;

/// <summary>The body of <c>GET /api/dashboard/activity</c> (spec 6.6 lists); docs/dashboard-api.md describes every field.</summary>
public sealed record ActivityLists(
    [property: JsonPropertyName("window")] ListWindow Window,
    [property: JsonPropertyName("generated_at")] DateTimeOffset GeneratedAt,
    [property: JsonPropertyName("recent_alerts")] AlertList RecentAlerts,
    [property: JsonPropertyName("hot_leads")] HotLeadList HotLeads);

/// <param name="Total">Alerts triggered in the window (the list holds the newest <see cref="Limit"/>).</param>
public sealed record AlertList(
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("limit")] int Limit,
    [property: JsonPropertyName("items")] IReadOnlyList<AlertEntry> Items);

/// <param name="Status">resolved | sent | pending (acknowledgements are not recorded, so never acknowledged).</param>
/// <param name="SessionUrl">The session's API resource, when the alert is about one session.</param>
public sealed record AlertEntry(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("triggered_at")] DateTimeOffset TriggeredAt,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("resolved_at")] DateTimeOffset? ResolvedAt,
    [property: JsonPropertyName("session_id")] string? SessionId,
    [property: JsonPropertyName("session_url")] string? SessionUrl);

public sealed record HotLeadList(
    [property: JsonPropertyName("limit")] int Limit,
    [property: JsonPropertyName("items")] IReadOnlyList<HotLeadEntry> Items);

/// <param name="KeySignals">Short labels of what the call revealed: industry, team size, integrations, competitors, objections.</param>
/// <param name="Salesforce">The lead's Salesforce record (the Lead or Contact, else the call record), or why there is no link.</param>
public sealed record HotLeadEntry(
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("started_at")] DateTimeOffset StartedAt,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("score")] int Score,
    [property: JsonPropertyName("tier")] string? Tier,
    [property: JsonPropertyName("key_signals")] IReadOnlyList<string> KeySignals,
    [property: JsonPropertyName("session_url")] string SessionUrl,
    [property: JsonPropertyName("salesforce")] SalesforceLink Salesforce);

/// <summary>A link to a Salesforce record (<see cref="Available"/>), or the reason there is none.</summary>
/// <param name="Record">What the link opens: Lead, Contact or the call object (Voice_Call__c).</param>
public sealed record SalesforceLink(
    [property: JsonPropertyName("available")] bool Available,
    [property: JsonPropertyName("record")] string? Record,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("reason")] string? Reason)
{
    public static SalesforceLink To(string record, string url) => new(true, record, url, null);

    public static SalesforceLink None(string reason) => new(false, null, null, reason);
}
