namespace VoiceAnalytics.Core.Dashboard.Figures;

/// <summary><c>GET /api/dashboard/business</c> (spec 6.2); docs/dashboard-api.md describes every field.</summary>
public sealed record BusinessPanel(
    Window Window,
    DateTimeOffset GeneratedAt,
    Calls Calls,
    QualifiedLeads Tier1,
    MeetingsBooked Meetings,
    EngagementGauge Engagement,
    Conversion Conversion,
    object RevenuePipeline);

public sealed record Calls(long Total, Comparison Previous, Comparison WeekBefore);

/// <summary>The same figure over another window: its value and the change to the current one.</summary>
public sealed record Comparison(DateTimeOffset From, DateTimeOffset To, long Total, long Change, double? ChangePercent);

public sealed record QualifiedLeads(long Count, double? PercentOfCalls, long PreviousCount, double? PreviousPercentOfCalls, string Trend);

public sealed record MeetingsBooked(long Count, long Qualified, long QualifiedWithMeeting, double? PercentOfQualified);

public sealed record EngagementGauge(double? Average, long Measured, IReadOnlyList<Bar> Histogram);

public sealed record Conversion(long Qualified, long Total, double? Percent, double GoalPercent, bool? MeetsGoal);
