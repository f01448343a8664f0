using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Warehouse;

/// <summary>
/// Everything the warehouse keeps of one analyzed session, as the rows of spec 8.1. Property names serialize to the
/// SQLite column names, so a Cosmos document and a table row read the same. A session with a user email always
/// carries its <see cref="LeadRow"/> (adapters may keep a lead's calls with its profile).
/// </summary>
public sealed record WarehouseRecord(
    SessionRow Session,
    TranscriptRow Transcript,
    IReadOnlyList<MetricRow> Metrics,
    AnalysisRow Analysis,
    LlmCostRow? LlmCost,
    LeadRow? Lead);

/// <summary>
/// The <c>sessions</c> fact row. <see cref="Industry"/> and <see cref="AgentVersion"/> are kept for the dashboard
/// filters (spec 6.7); the close reason, failed tools and connection figures for the ops rules, so a run reads an
/// index range instead of every raw payload of its windows.
/// </summary>
public sealed record SessionRow
{
    [JsonPropertyName("session_id")] public required string SessionId { get; init; }
    [JsonPropertyName("start_time")] public required DateTimeOffset StartTime { get; init; }
    [JsonPropertyName("end_time")] public DateTimeOffset? EndTime { get; init; }
    [JsonPropertyName("duration_seconds")] public long DurationSeconds { get; init; }
    [JsonPropertyName("participant_id")] public string? ParticipantId { get; init; }
    [JsonPropertyName("user_email")] public string? UserEmail { get; init; }
    [JsonPropertyName("user_name")] public string? UserName { get; init; }
    [JsonPropertyName("turn_count")] public int TurnCount { get; init; }
    [JsonPropertyName("interruption_count")] public int InterruptionCount { get; init; }
    [JsonPropertyName("qualification_tier")] public string? QualificationTier { get; init; }
    [JsonPropertyName("lead_score")] public int? LeadScore { get; init; }
    [JsonPropertyName("engagement_score")] public double? EngagementScore { get; init; }
    [JsonPropertyName("sentiment")] public string? Sentiment { get; init; }
    [JsonPropertyName("meeting_booked")] public bool MeetingBooked { get; init; }
    [JsonPropertyName("industry")] public string? Industry { get; init; }
    [JsonPropertyName("agent_version")] public string? AgentVersion { get; init; }

    /// <summary>The payload's <c>close_reason</c> (the ops error rules count <c>error</c>).</summary>
    [JsonPropertyName("close_reason")] public string? CloseReason { get; init; }

    /// <summary>The names of the tool calls that returned an error, each once; empty when none failed.</summary>
    [JsonPropertyName("failed_tools")] public IReadOnlyList<string> FailedTools { get; init; } = [];

    /// <summary>The payload's <c>connection_quality.packet_loss</c> (percent) and <c>jitter</c> (ms), for the connection-quality rule.</summary>
    [JsonPropertyName("packet_loss_percent")] public double? PacketLossPercent { get; init; }

    [JsonPropertyName("jitter_ms")] public double? JitterMs { get; init; }

    [JsonPropertyName("created_at")] public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the session counts in a window of ended sessions: its end, or its start when the payload had no end.</summary>
    [JsonIgnore] public DateTimeOffset EndedAt => EndTime ?? StartTime;
}

/// <summary>The <c>transcripts</c> row: the transcript JSON, its "role: text" lines for full-text search, and the word count.</summary>
public sealed record TranscriptRow
{
    [JsonPropertyName("session_id")] public required string SessionId { get; init; }
    [JsonPropertyName("transcript_json")] public required string TranscriptJson { get; init; }
    [JsonPropertyName("transcript_text")] public required string TranscriptText { get; init; }
    [JsonPropertyName("word_count")] public int WordCount { get; init; }
    [JsonPropertyName("created_at")] public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>One <c>metrics</c> row: a turn's latency (on its call's basis) and tokens.</summary>
public sealed record MetricRow
{
    [JsonPropertyName("session_id")] public required string SessionId { get; init; }
    [JsonPropertyName("timestamp")] public required DateTimeOffset Timestamp { get; init; }
    [JsonPropertyName("metric_type")] public string MetricType { get; init; } = "latency";
    [JsonPropertyName("eou_delay_ms")] public long? EouDelayMs { get; init; }
    [JsonPropertyName("llm_ttft_ms")] public long? LlmTtftMs { get; init; }
    [JsonPropertyName("tts_ttfb_ms")] public long? TtsTtfbMs { get; init; }
    [JsonPropertyName("total_latency_ms")] public long? TotalLatencyMs { get; init; }
    [JsonPropertyName("prompt_tokens")] public long? PromptTokens { get; init; }
    [JsonPropertyName("completion_tokens")] public long? CompletionTokens { get; init; }
    [JsonPropertyName("total_tokens")] public long? TotalTokens { get; init; }
    [JsonPropertyName("stt_duration_ms")] public long? SttDurationMs { get; init; }
    [JsonPropertyName("created_at")] public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>
/// The <c>analysis_results</c> row: each analyzer's result as JSON (null when it did not run), keyed by column name
/// (<see cref="Columns"/>).
/// </summary>
public sealed record AnalysisRow
{
    /// <summary>The JSON columns in table order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "sales_intelligence", "lead_score_breakdown", "quality_analysis", "sentiment_analysis", "objections", "competitors",
        "performance_analysis", "content_gaps", "action_items", "executive_summary",
    ];

    [JsonPropertyName("session_id")] public required string SessionId { get; init; }

    /// <summary>Column name to the analyzer's result (a JSON object), for the columns that have one.</summary>
    [JsonIgnore] public required IReadOnlyDictionary<string, JsonElement> Results { get; init; }

    [JsonPropertyName("analyzed_at")] public required DateTimeOffset AnalyzedAt { get; init; }
    [JsonPropertyName("analyzer_version")] public required string AnalyzerVersion { get; init; }

    public JsonElement? Get(string column) => Results.TryGetValue(column, out var value) ? value : null;
}

/// <summary>What our language-model analysis of the session cost (<c>analysis_llm_costs</c>).</summary>
public sealed record LlmCostRow
{
    [JsonPropertyName("session_id")] public required string SessionId { get; init; }
    [JsonPropertyName("deployment")] public string? Deployment { get; init; }
    [JsonPropertyName("prompt_tokens")] public long PromptTokens { get; init; }
    [JsonPropertyName("completion_tokens")] public long CompletionTokens { get; init; }
    [JsonPropertyName("cost_usd")] public double CostUsd { get; init; }
    [JsonPropertyName("analyzed_at")] public required DateTimeOffset AnalyzedAt { get; init; }
}

/// <summary>
/// What one call says about its lead (<c>leads</c>). The adapter merges it: profile fields from the latest call (a
/// field that call did not mention keeps the earlier value), call counts and dates from the lead's sessions.
/// </summary>
public sealed record LeadRow
{
    [JsonPropertyName("email")] public required string Email { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("latest_session_id")] public required string LatestSessionId { get; init; }
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

    /// <summary>The start of the call this row comes from: only the latest call may overwrite the profile.</summary>
    [JsonPropertyName("call_start_time")] public required DateTimeOffset CallStartTime { get; init; }
}
