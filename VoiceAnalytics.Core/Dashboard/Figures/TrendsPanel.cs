namespace VoiceAnalytics.Core.Dashboard.Figures;

/// <summary><c>GET /api/dashboard/trends</c> (spec 6.6 line charts); docs/dashboard-api.md describes every field.</summary>
public sealed record TrendsPanel(
    Window Window,
    DateTimeOffset GeneratedAt,
    string Bucket,
    double QualificationGoalPercent,
    double BookingGoalPercent,
    IReadOnlyList<TrendPoint> Points);

public sealed record TrendPoint(DateTimeOffset Start, long Total, long Qualified, long Meetings, long QualifiedWithMeeting, double? QualificationRatePercent, double? BookingRatePercent);
