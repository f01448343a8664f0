using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>
/// The <c>leads</c> document: one per email (the partition key; the id is always <see cref="Id"/>, so any email is a
/// valid key). Beyond the table's columns it keeps <see cref="Calls"/>, the lead's sessions, from which the counts and
/// dates are derived (a replay cannot inflate them) and the previous scored call is found with one point read.
/// </summary>
public sealed record LeadDocument
{
    public const string Id = "lead";

    [JsonPropertyName("id")] public string DocumentId { get; init; } = Id;
    [JsonPropertyName("email")] public required string Email { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("latest_session_id")] public string? LatestSessionId { get; init; }
    [JsonPropertyName("team_size")] public int? TeamSize { get; init; }
    [JsonPropertyName("monthly_volume")] public int? MonthlyVolume { get; init; }
    [JsonPropertyName("integration_needs")] public IReadOnlyList<string>? IntegrationNeeds { get; init; }
    [JsonPropertyName("industry")] public string? Industry { get; init; }
    [JsonPropertyName("location")] public string? Location { get; init; }
    [JsonPropertyName("use_case")] public IReadOnlyList<string>? UseCase { get; init; }
    [JsonPropertyName("current_tool")] public string? CurrentTool { get; init; }
    [JsonPropertyName("pain_points")] public IReadOnlyList<string>? PainPoints { get; init; }
    [JsonPropertyName("decision_timeline")] public string? DecisionTimeline { get; init; }
    [JsonPropertyName("budget_authority")] public string? BudgetAuthority { get; init; }
    [JsonPropertyName("urgency")] public string? Urgency { get; init; }
    [JsonPropertyName("qualification_tier")] public string? QualificationTier { get; init; }
    [JsonPropertyName("lead_score")] public int? LeadScore { get; init; }
    [JsonPropertyName("first_call_date")] public string? FirstCallDate { get; init; }
    [JsonPropertyName("last_call_date")] public string? LastCallDate { get; init; }
    [JsonPropertyName("total_calls")] public int TotalCalls { get; init; }
    [JsonPropertyName("updated_at")] public required string UpdatedAt { get; init; }
    [JsonPropertyName("calls")] public IReadOnlyList<LeadCall> Calls { get; init; } = [];
}

/// <param name="Scored">Whether the session's analysis has a lead score breakdown (lead history skips calls without one).</param>
public sealed record LeadCall(
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("start_time")] string StartTime,
    [property: JsonPropertyName("day")] string Day,
    [property: JsonPropertyName("scored")] bool Scored);
