using System.Text.Json;
using System.Text.Json.Nodes;
using VoiceAnalytics.Core.Warehouse;

namespace VoiceAnalytics.Tests.Warehouse;

/// <summary>
/// Warehouse records built by hand for the shared warehouse suite: a session row with the facts a test names, an
/// empty transcript, and analysis columns, turns, an LLM cost and a lead row added with the <c>With...</c> methods.
/// </summary>
public static class WarehouseRecords
{
    public static WarehouseRecord Session(
        string id,
        DateTimeOffset start,
        DateTimeOffset? end = null,
        string? tier = null,
        int? score = null,
        string? sentiment = null,
        string? industry = null,
        double? engagement = null,
        string? email = null,
        string? name = null,
        bool meeting = false,
        string? agentVersion = null,
        string? participant = null,
        DateTimeOffset? analyzedAt = null)
    {
        var written = analyzedAt ?? end ?? start;
        var record = new WarehouseRecord(
            new SessionRow
            {
                SessionId = id,
                StartTime = start,
                EndTime = end,
                DurationSeconds = end is { } e ? (long)(e - start).TotalSeconds : 0,
                ParticipantId = participant,
                UserEmail = email,
                UserName = name,
                TurnCount = 2,
                QualificationTier = tier,
                LeadScore = score,
                EngagementScore = engagement,
                Sentiment = sentiment,
                MeetingBooked = meeting,
                Industry = industry,
                AgentVersion = agentVersion,
                CreatedAt = written,
            },
            new TranscriptRow { SessionId = id, TranscriptJson = """{"items":[]}""", TranscriptText = "", WordCount = 0, CreatedAt = written },
            [],
            new AnalysisRow { SessionId = id, Results = new Dictionary<string, JsonElement>(), AnalyzedAt = written, AnalyzerVersion = "test" },
            null,
            null);

        // As WarehouseRecordBuilder does: a call with an email always carries its lead row.
        return email is null ? record : record.WithLead();
    }

    /// <summary>Sets the ops rules' call figures on the session row, as WarehouseRecordBuilder takes them from the payload.</summary>
    public static WarehouseRecord WithOutcome(
        this WarehouseRecord record, string? closeReason = null, IReadOnlyList<string>? failedTools = null, double? packetLoss = null, double? jitter = null) =>
        record with
        {
            Session = record.Session with { CloseReason = closeReason, FailedTools = failedTools ?? [], PacketLossPercent = packetLoss, JitterMs = jitter },
        };

    /// <summary>Adds one turn's metrics row.</summary>
    public static WarehouseRecord WithTurn(
        this WarehouseRecord record, DateTimeOffset at, long? totalMs, long? eouMs = null, long? ttftMs = null, long? ttfbMs = null,
        long? promptTokens = null, long? completionTokens = null) =>
        record with
        {
            Metrics =
            [
                .. record.Metrics,
                new MetricRow
                {
                    SessionId = record.Session.SessionId,
                    Timestamp = at,
                    EouDelayMs = eouMs,
                    LlmTtftMs = ttftMs,
                    TtsTtfbMs = ttfbMs,
                    TotalLatencyMs = totalMs,
                    PromptTokens = promptTokens,
                    CompletionTokens = completionTokens,
                    TotalTokens = promptTokens is null && completionTokens is null ? null : (promptTokens ?? 0) + (completionTokens ?? 0),
                    CreatedAt = record.Session.CreatedAt,
                },
            ],
        };

    /// <summary>Turns at <paramref name="at"/> with these total latencies (no stages, no tokens).</summary>
    public static WarehouseRecord WithLatencies(this WarehouseRecord record, DateTimeOffset at, params long[] totalsMs) =>
        totalsMs.Aggregate(record, (r, ms) => r.WithTurn(at, ms));

    /// <summary>Sets one JSON column of the analysis row.</summary>
    public static WarehouseRecord WithAnalysis(this WarehouseRecord record, string column, JsonNode json)
    {
        var results = new Dictionary<string, JsonElement>(record.Analysis.Results, StringComparer.Ordinal)
        {
            [column] = JsonSerializer.SerializeToElement(json),
        };
        return record with { Analysis = record.Analysis with { Results = results } };
    }

    public static WarehouseRecord WithLlmCost(this WarehouseRecord record, double usd) =>
        record with
        {
            LlmCost = new LlmCostRow
            {
                SessionId = record.Session.SessionId, Deployment = "gpt-test", PromptTokens = 1000, CompletionTokens = 100, CostUsd = usd,
                AnalyzedAt = record.Analysis.AnalyzedAt,
            },
        };

    /// <summary>The lead row this call writes: its email, name, tier and score, and the profile fields given.</summary>
    public static WarehouseRecord WithLead(
        this WarehouseRecord record, int? teamSize = null, int? monthlyVolume = null, string? currentTool = null,
        IReadOnlyList<string>? integrations = null, string? industry = null, string? decisionTimeline = null) =>
        record with
        {
            Lead = new LeadRow
            {
                Email = record.Session.UserEmail ?? throw new InvalidOperationException("A lead needs the session's email."),
                Name = record.Session.UserName,
                LatestSessionId = record.Session.SessionId,
                CallStartTime = record.Session.StartTime,
                TeamSize = teamSize,
                MonthlyVolume = monthlyVolume,
                CurrentTool = currentTool,
                IntegrationNeeds = integrations,
                Industry = industry,
                DecisionTimeline = decisionTimeline,
                QualificationTier = record.Session.QualificationTier,
                LeadScore = record.Session.LeadScore,
            },
        };
}
