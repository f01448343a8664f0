using VoiceAnalytics.Core.Warehouse.Dashboard;

namespace VoiceAnalytics.Core.Dashboard.Figures;

/// <summary>
/// <c>GET /api/dashboard/filters</c>: the filter controls' choices, the goal lines the page draws, and the one-time rollup
/// builds under way (empty once done: until then the figures count only the sessions rolled up so far).
/// </summary>
public sealed record FiltersPanel(
    Window Window,
    DateTimeOffset GeneratedAt,
    Window ChoicesWindow,
    IReadOnlyList<string> Ranges,
    IReadOnlyList<TierChoice> Tiers,
    IReadOnlyList<string> Sentiments,
    IReadOnlyList<ChoiceCount> Industries,
    IReadOnlyList<ChoiceCount> AgentVersions,
    Goals Goals,
    bool SalesforceConfigured,
    IReadOnlyList<RollupBuild> RollupsBuilding);

public sealed record TierChoice(string Value, string Label);

public sealed record Goals(
    double LatencyTargetMs,
    double LatencyWarningMs,
    double P95LatencyTargetMs,
    double ErrorRateAlertPercent,
    Band DurationMinutes,
    Band Turns,
    double PositiveSentimentGoalPercent,
    double NaturalEndingGoalPercent,
    double QualificationGoalPercent,
    double BookingGoalPercent,
    double DailyBudgetUsd);
