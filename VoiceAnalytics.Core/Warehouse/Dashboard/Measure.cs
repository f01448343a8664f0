namespace VoiceAnalytics.Core.Warehouse.Dashboard;

/// <summary>
/// The additive figures one session contributes to the dashboard's hourly rollups (a count, a sum, or a histogram
/// bin: see <see cref="DashboardLayout"/>). Every one adds and subtracts exactly, so a session written again is taken
/// out and put back, and an erased one taken out, without reading any other session.
/// </summary>
public enum Measure
{
    Sessions,
    Qualified,
    Meetings,
    Positive,
    Neutral,
    Negative,
    Errors,
    Interrupted,
    QualityMeasured,
    NaturalEndings,
    DurationSeconds,
    Turns,
    EngagementMeasured,
    EngagementSum,
    SatisfactionMeasured,
    SatisfactionSum,
    Tokens,
    LatencyTurns,
    LatencySumMs,
    CostUsd,
    ConnectionExcellent,
    ConnectionGood,
    ConnectionFair,
    ConnectionPoor,
    ConnectionUnknown,
    LeadScored,
    LeadScoreSum,

    /// <summary>Meetings booked in qualified (Tier 1) calls: the booking rate's numerator.</summary>
    QualifiedMeetings,
}
