namespace VoiceAnalytics.Core.Evaluation;

/// <summary>One label of LABELS.md and how it is scored.</summary>
public sealed record LabelField(string Name, LabelKind Kind, double Tolerance = 0)
{
    /// <summary>Every label field, in the order of LABELS.md.</summary>
    public static IReadOnlyList<LabelField> All { get; } =
    [
        new("team_size", LabelKind.Exact),
        new("company_size", LabelKind.Exact),
        new("monthly_volume", LabelKind.RelativeTolerance, 0.15),
        new("integration_needs", LabelKind.Set),
        new("industry", LabelKind.Exact),
        new("use_cases", LabelKind.Set),
        new("current_tool", LabelKind.Exact),
        new("competitors_mentioned", LabelKind.Set),
        new("decision_timeline", LabelKind.Exact),
        new("budget_authority", LabelKind.Exact),
        new("urgency", LabelKind.Exact),
        new("objection_categories", LabelKind.Set),
        new("feature_requests", LabelKind.Set),
        new("stakeholders", LabelKind.Set),
        new("buying_signal", LabelKind.Exact),
        new("sentiment", LabelKind.Exact),
        new("sentiment_trend", LabelKind.Exact),
        new("natural_ending", LabelKind.Exact),
        new("meeting_booked", LabelKind.Exact),
        new("qualification_tier", LabelKind.Exact),
        new("user_questions", LabelKind.AbsoluteTolerance, 1),
        new("failed_searches", LabelKind.Exact),
        new("interruptions", LabelKind.Exact),
        new("action_item_owners", LabelKind.Set),
    ];
}
