using System.Text.Json;
using VoiceAnalytics.Core.Analysis.Llm;
using VoiceAnalytics.Core.Analysis.Performance;
using VoiceAnalytics.Core.Analysis.Quality;
using VoiceAnalytics.Core.Analysis.Sales;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Contracts.TranscriptItems;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Scoring;

namespace VoiceAnalytics.Core.Warehouse;

/// <summary>Maps an analyzed session to its warehouse rows, once, for every adapter.</summary>
public static class WarehouseRecordBuilder
{
    /// <summary>Which analyzer result fills which JSON column of <c>analysis_results</c>.</summary>
    private static readonly IReadOnlyList<(string Column, string Analyzer)> AnalysisColumns =
    [
        ("sales_intelligence", "sales_intelligence"),
        ("lead_score_breakdown", "lead_scoring"),
        ("quality_analysis", "conversation_quality"),
        ("sentiment_analysis", "sentiment"),
        ("objections", "objections_and_competitors"),
        ("competitors", "objections_and_competitors"),
        ("performance_analysis", "performance_metrics"),
        ("content_gaps", "content_gaps"),
        ("action_items", "action_items"),
        ("executive_summary", "executive_summary"),
    ];

    public static WarehouseRecord Build(SessionPayload session, SessionReport report, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(report);
        return new WarehouseRecord(
            SessionRowOf(session, report, now),
            TranscriptRowOf(session, now),
            MetricRowsOf(session.SessionId, report.Get<PerformanceReport>(), now),
            AnalysisRowOf(report),
            LlmCostRowOf(report),
            LeadRowOf(session, report));
    }

    private static SessionRow SessionRowOf(SessionPayload session, SessionReport report, DateTimeOffset now)
    {
        var messages = session.Transcript.Messages.Where(m => m.IsUser || m.IsAssistant).ToList();
        var lead = report.Get<LeadScoreReport>();
        var quality = report.Get<ConversationQualityReport>();
        var sales = report.Get<SalesIntelligenceReport>();
        return new SessionRow
        {
            SessionId = session.SessionId,
            StartTime = session.StartTime,
            EndTime = session.EndTime,
            DurationSeconds = (long)Math.Round(session.EffectiveDurationSeconds),
            ParticipantId = session.ParticipantId,
            UserEmail = LeadEmail.Normalize(session.UserEmail),
            UserName = session.UserName,
            TurnCount = messages.Count,
            InterruptionCount = quality?.Interruptions ?? messages.Count(m => m.IsAssistant && m.Interrupted),
            QualificationTier = lead?.QualificationTier,
            LeadScore = lead?.Score,
            // The quality score (0-10) is the spec's engagement score: questions, listening, balance, sentiment, ending.
            EngagementScore = quality?.QualityScore,
            Sentiment = report.Get<SentimentReport>()?.Overall,
            MeetingBooked = sales?.Deal.MeetingBooked ?? MeetingBooked(session),
            Industry = sales?.ProductFit.Industry?.Value,
            AgentVersion = AgentVersion(session),
            CloseReason = session.CloseReason,
            FailedTools = FailedTools(session),
            PacketLossPercent = session.ConnectionQuality?.PacketLoss,
            JitterMs = session.ConnectionQuality?.Jitter,
            CreatedAt = now,
        };
    }

    /// <summary>The failed calls' names from the transcript's function outputs and the envelope's <c>tool_calls</c>, each name once.</summary>
    private static IReadOnlyList<string> FailedTools(SessionPayload session) =>
        ToolCallOutcomes.Read(session).ErrorCount == 0
            ? []
            : session.ToolCalls.Where(t => t.IsError).Select(t => t.Name)
                .Concat(session.Transcript.Items.OfType<FunctionCallOutputItem>().Where(o => o.IsError).Select(o => o.Name))
                .Distinct(StringComparer.Ordinal).ToList();

    private static TranscriptRow TranscriptRowOf(SessionPayload session, DateTimeOffset now)
    {
        var (text, words) = TranscriptFlattener.Flatten(session.Transcript);
        return new TranscriptRow
        {
            SessionId = session.SessionId,
            TranscriptJson = JsonSerializer.Serialize(session.Transcript, PayloadJson.Options),
            TranscriptText = text,
            WordCount = words,
            CreatedAt = now,
        };
    }

    private static IReadOnlyList<MetricRow> MetricRowsOf(string sessionId, PerformanceReport? performance, DateTimeOffset now) =>
        performance is null
            ? []
            : performance.Turns.Select(turn => new MetricRow
            {
                SessionId = sessionId,
                Timestamp = turn.Timestamp,
                EouDelayMs = Ms(turn.EouDelayMs),
                LlmTtftMs = Ms(turn.LlmTtftMs),
                TtsTtfbMs = Ms(turn.TtsTtfbMs),
                // The turn's latency on the call's basis: the ops latency alerts and the executive report average this
                // column, and a realtime turn's stage sum (its TTFT alone) would understate the wait.
                TotalLatencyMs = Ms(turn.LatencyMs),
                PromptTokens = turn.PromptTokens,
                CompletionTokens = turn.CompletionTokens,
                TotalTokens = turn.PromptTokens + turn.CompletionTokens,
                SttDurationMs = Ms(turn.SttDurationMs),
                CreatedAt = now,
            }).ToList();

    private static AnalysisRow AnalysisRowOf(SessionReport report)
    {
        // Serialize each result once: one analyzer may fill two columns (objections and competitors).
        var json = report.Results.ToDictionary(
            p => p.Key, p => JsonSerializer.SerializeToElement(p.Value, p.Value.GetType(), ReportJson.Options), StringComparer.Ordinal);
        var results = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (column, analyzer) in AnalysisColumns)
        {
            if (json.TryGetValue(analyzer, out var value))
            {
                results[column] = value;
            }
        }

        return new AnalysisRow { SessionId = report.SessionId, Results = results, AnalyzedAt = report.AnalyzedAt, AnalyzerVersion = report.AnalyzerVersionTag };
    }

    private static LlmCostRow? LlmCostRowOf(SessionReport report) =>
        report.Get<LlmAnalysisReport>() is not { } llm
            ? null
            : new LlmCostRow
            {
                SessionId = report.SessionId,
                Deployment = llm.Deployment,
                PromptTokens = llm.PromptTokens,
                CompletionTokens = llm.CompletionTokens,
                CostUsd = llm.CostUsd,
                AnalyzedAt = report.AnalyzedAt,
            };

    private static LeadRow? LeadRowOf(SessionPayload session, SessionReport report)
    {
        if (LeadEmail.Normalize(session.UserEmail) is not { } email)
        {
            return null;
        }

        var sales = report.Get<SalesIntelligenceReport>();
        var lead = report.Get<LeadScoreReport>();
        return new LeadRow
        {
            Email = email,
            Name = session.UserName,
            LatestSessionId = session.SessionId,
            CallStartTime = session.StartTime,
            TeamSize = sales?.Sizing.TeamSize?.Value,
            MonthlyVolume = sales?.Sizing.MonthlyVolume?.Value,
            IntegrationNeeds = List(sales?.ProductFit.IntegrationNeeds.Select(i => i.Value)),
            Industry = sales?.ProductFit.Industry?.Value,
            UseCase = List(sales?.ProductFit.UseCases.Select(u => u.Value)),
            CurrentTool = sales?.ProductFit.CurrentTool?.Value,
            PainPoints = List(sales?.ProductFit.PainPoints.Select(p => p.Category).Distinct()),
            DecisionTimeline = sales?.Deal.DecisionTimeline?.Value,
            BudgetAuthority = sales?.Deal.BudgetAuthority?.Value,
            Urgency = sales?.Deal.Urgency?.Value,
            QualificationTier = lead?.QualificationTier,
            LeadScore = lead?.Score,
        };
    }

    /// <summary>The values, or null when there are none (so an earlier call's list is kept).</summary>
    private static IReadOnlyList<string>? List(IEnumerable<string>? values) => values?.ToList() is { Count: > 0 } list ? list : null;

    /// <summary>"name sdk-version" as far as the payload says, for the dashboard's agent-version filter.</summary>
    private static string? AgentVersion(SessionPayload session) =>
        string.Join(' ', new[] { session.AgentName, session.AgentSdkVersion }.Where(v => !string.IsNullOrWhiteSpace(v))) is { Length: > 0 } version ? version : null;

    private static bool MeetingBooked(SessionPayload session) =>
        session.Transcript.Items.OfType<FunctionCallOutputItem>().Any(o => o.Name == "book_sales_meeting" && !o.IsError);

    private static long? Ms(double? value) => value is { } v ? (long)Math.Round(v) : null;
}
