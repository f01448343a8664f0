using System.Text.Json;
using System.Text.Json.Nodes;
using VoiceAnalytics.Core.Pipeline;
using VoiceAnalytics.Core.Scoring;

namespace VoiceAnalytics.Tests.Warehouse;

/// <summary>
/// The analysis JSON columns the warehouse read ports look into, with only the fields they read (the paths of the
/// analyzers' reports, snake_case as <see cref="ReportJson"/> writes them).
/// </summary>
public static class AnalysisJson
{
    public const string Performance = "performance_analysis";
    public const string ContentGaps = "content_gaps";
    public const string Quality = "quality_analysis";
    public const string Sales = "sales_intelligence";
    public const string Objections = "objections";
    public const string Summary = "executive_summary";
    public const string LeadScore = "lead_score_breakdown";

    public static JsonNode Cost(double totalUsd, double llmUsd, double sttUsd, double ttsUsd) =>
        new JsonObject { ["cost"] = new JsonObject { ["total_usd"] = totalUsd, ["llm_usd"] = llmUsd, ["stt_usd"] = sttUsd, ["tts_usd"] = ttsUsd } };

    public static JsonNode Gaps(IEnumerable<string> failedQueries, IEnumerable<string>? missingTopics = null) => new JsonObject
    {
        ["failed_queries"] = Array(failedQueries.Select(q => new JsonObject { ["query"] = q, ["result"] = "no_results" })),
        ["missing_documentation"] = Array((missingTopics ?? []).Select(t => JsonValue.Create(t))),
    };

    public static JsonNode RedFlags(params string[] codes) => new JsonObject
    {
        ["quality_score"] = 3.0,
        ["red_flags"] = Array(codes.Select(c => new JsonObject { ["code"] = c, ["description"] = "flag " + c })),
    };

    public static JsonNode SalesIntelligence(
        string? industry = null, int? teamSize = null, int? monthlyVolume = null, IEnumerable<string>? integrations = null,
        IEnumerable<(string Feature, string Quote)>? features = null, IEnumerable<string>? competitors = null) => new JsonObject
    {
        ["sizing"] = new JsonObject { ["team_size"] = Signal(teamSize), ["monthly_volume"] = Signal(monthlyVolume) },
        ["product_fit"] = new JsonObject
        {
            ["industry"] = Signal(industry),
            ["integration_needs"] = Array((integrations ?? []).Select(i => Signal(i))),
            ["feature_requests"] = Array((features ?? []).Select(f => new JsonObject { ["value"] = f.Feature, ["evidence"] = new JsonObject { ["quote"] = f.Quote } })),
            ["competitors"] = Array((competitors ?? []).Select(c => Signal(c))),
        },
    };

    public static JsonNode ObjectionList(params (string Category, string Quote)[] objections) => new JsonObject
    {
        ["objections"] = Array(objections.Select(o => new JsonObject { ["category"] = o.Category, ["evidence"] = new JsonObject { ["quote"] = o.Quote } })),
    };

    public static JsonNode NextAction(string action, string timing) =>
        new JsonObject { ["next_action"] = new JsonObject { ["action"] = action, ["timing"] = timing } };

    /// <summary>A lead score report as the lead-scoring analyzer serializes it.</summary>
    public static JsonNode Score(int score, string tier) => JsonSerializer.SerializeToNode(
        new LeadScoreReport
        {
            Score = score,
            Temperature = score > 80 ? "hot" : score >= 60 ? "warm" : "nurture",
            QualificationTier = tier,
            QualificationReason = "test",
            Confidence = "high",
            Components = [new ScoreComponent("firmographic", score, 100, score)],
            Factors = [new ScoreFactor("firmographic", "team_size", "12 seats", score)],
            Justification = [],
        },
        ReportJson.Options)!;

    private static JsonNode? Signal(string? value) => value is null ? null : new JsonObject { ["value"] = value };

    private static JsonNode? Signal(int? value) => value is null ? null : new JsonObject { ["value"] = value };

    private static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);
}
