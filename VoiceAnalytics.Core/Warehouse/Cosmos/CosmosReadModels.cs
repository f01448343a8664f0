using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>A session document as the read ports use it: the row plus its time fields as stored text (compared like SQLite's).</summary>
public sealed record SessionDocument
{
    [JsonPropertyName("session_id")] public required string SessionId { get; init; }
    [JsonPropertyName("start_time")] public required string StartTime { get; init; }
    [JsonPropertyName("ended_at")] public string? EndedAt { get; init; }
    [JsonPropertyName("duration_seconds")] public long? DurationSeconds { get; init; }
    [JsonPropertyName("participant_id")] public string? ParticipantId { get; init; }
    [JsonPropertyName("user_email")] public string? UserEmail { get; init; }
    [JsonPropertyName("user_name")] public string? UserName { get; init; }
    [JsonPropertyName("qualification_tier")] public string? QualificationTier { get; init; }
    [JsonPropertyName("lead_score")] public int? LeadScore { get; init; }
    [JsonPropertyName("engagement_score")] public double? EngagementScore { get; init; }
    [JsonPropertyName("sentiment")] public string? Sentiment { get; init; }
    [JsonPropertyName("meeting_booked")] public bool MeetingBooked { get; init; }
}

/// <summary>A metrics document: one session's turns.</summary>
public sealed record MetricsDocument
{
    [JsonPropertyName("session_id")] public required string SessionId { get; init; }
    [JsonPropertyName("start_time")] public required string StartTime { get; init; }
    [JsonPropertyName("turns")] public IReadOnlyList<TurnDocument> Turns { get; init; } = [];
}

public sealed record TurnDocument
{
    [JsonPropertyName("timestamp")] public required string Timestamp { get; init; }
    [JsonPropertyName("eou_delay_ms")] public long? EouDelayMs { get; init; }
    [JsonPropertyName("llm_ttft_ms")] public long? LlmTtftMs { get; init; }
    [JsonPropertyName("tts_ttfb_ms")] public long? TtsTtfbMs { get; init; }
    [JsonPropertyName("total_latency_ms")] public long? TotalLatencyMs { get; init; }
    [JsonPropertyName("prompt_tokens")] public long? PromptTokens { get; init; }
    [JsonPropertyName("completion_tokens")] public long? CompletionTokens { get; init; }
    [JsonPropertyName("total_tokens")] public long? TotalTokens { get; init; }
}

/// <summary>An analysis_results document with the analyzer results the read ports look into.</summary>
public sealed record AnalysisDocument
{
    [JsonPropertyName("session_id")] public required string SessionId { get; init; }
    [JsonPropertyName("day")] public required string Day { get; init; }
    [JsonPropertyName("analyzed_at")] public required string AnalyzedAt { get; init; }
    [JsonPropertyName("engagement_score")] public double? EngagementScore { get; init; }
    [JsonPropertyName("sales_intelligence")] public JsonElement? SalesIntelligence { get; init; }
    [JsonPropertyName("lead_score_breakdown")] public JsonElement? LeadScoreBreakdown { get; init; }
    [JsonPropertyName("quality_analysis")] public JsonElement? QualityAnalysis { get; init; }
    [JsonPropertyName("objections")] public JsonElement? Objections { get; init; }
    [JsonPropertyName("performance_analysis")] public JsonElement? PerformanceAnalysis { get; init; }
    [JsonPropertyName("content_gaps")] public JsonElement? ContentGaps { get; init; }
    [JsonPropertyName("executive_summary")] public JsonElement? ExecutiveSummary { get; init; }
    [JsonPropertyName("llm_cost")] public LlmCostDocument? LlmCost { get; init; }
}

public sealed record LlmCostDocument
{
    [JsonPropertyName("cost_usd")] public double CostUsd { get; init; }
}
