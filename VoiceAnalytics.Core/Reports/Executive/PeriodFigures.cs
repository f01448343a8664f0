namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>Everything the executive emails say about one period, read from the warehouse.</summary>
public sealed record PeriodFigures(
    ReportPeriod Period,
    ActivityFigures Activity,
    PerformanceFigures Performance,
    BusinessFigures Business,
    IReadOnlyList<Opportunity> TopOpportunities,
    IReadOnlyList<TrendCount> Trends,
    QualificationDrivers Drivers,
    RiskFigures Risks)
{
    public double? NegativeShare => Activity.Sessions == 0 ? null : (double)Risks.NegativeSessions / Activity.Sessions;

    public double? CostPerQualifiedLead => Performance.CostUsd is { } cost && Activity.QualifiedLeads > 0 ? cost / Activity.QualifiedLeads : null;
}
