using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Dashboard.Lists;

/// <summary>The body of <c>GET /api/dashboard/sessions</c>: the sessions behind one widget entry, newest first, one page.</summary>
/// <param name="NextCursor">Pass as <c>cursor</c> for the next page; null on the last page.</param>
public sealed record SessionDrillDown(
    [property: JsonPropertyName("window")] ListWindow Window,
    [property: JsonPropertyName("generated_at")] DateTimeOffset GeneratedAt,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("limit")] int Limit,
    [property: JsonPropertyName("items")] IReadOnlyList<DrillDownSession> Items,
    [property: JsonPropertyName("next_cursor")] string? NextCursor);

/// <param name="Evidence">The matching quote (what the caller said, or the query as the agent asked it); null when the entry has none or the session was redacted.</param>
public sealed record DrillDownSession(
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("started_at")] DateTimeOffset StartedAt,
    [property: JsonPropertyName("tier")] string? Tier,
    [property: JsonPropertyName("lead_score")] int? LeadScore,
    [property: JsonPropertyName("sentiment")] string? Sentiment,
    [property: JsonPropertyName("evidence")] string? Evidence,
    [property: JsonPropertyName("session_url")] string SessionUrl);
