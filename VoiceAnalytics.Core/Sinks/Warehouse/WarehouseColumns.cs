namespace VoiceAnalytics.Core.Sinks.Warehouse;

/// <summary>Which analyzer result fills which JSON column of <c>analysis_results</c>.</summary>
internal static class WarehouseColumns
{
    public static readonly IReadOnlyList<(string Column, string Analyzer)> AnalysisResults =
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
}
