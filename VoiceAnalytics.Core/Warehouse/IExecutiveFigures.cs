using VoiceAnalytics.Core.Reports.Executive;

namespace VoiceAnalytics.Core.Warehouse;

/// <summary>
/// What the executive email asks the warehouse about one period: a session belongs to the period its start falls
/// in, its metrics, analysis and alerts follow it; alerts without a session count by when they fired.
/// <see cref="RiskFigures.FailedSessions"/> is not the warehouse's to know and comes back null.
/// </summary>
public interface IExecutiveFigures
{
    Task<PeriodFigures> ReadAsync(ReportPeriod period, ExecutiveThresholds thresholds, CancellationToken cancellationToken);
}

/// <summary>The cut-offs the figures count by, from the lead-scoring options (never literals in a query).</summary>
/// <param name="HotLeadScoreAbove">A hot lead scores above this.</param>
/// <param name="QualifiedTier">The tier that counts as qualified ("Tier 1").</param>
/// <param name="Tier1MinTeamSize">The team size that qualifies on its own.</param>
/// <param name="Tier1MinMonthlyVolume">The monthly document volume that qualifies on its own.</param>
/// <param name="Tier1Integrations">Integration needs that qualify on their own.</param>
public sealed record ExecutiveThresholds(
    int HotLeadScoreAbove, string QualifiedTier, int Tier1MinTeamSize, int Tier1MinMonthlyVolume, IReadOnlyList<string> Tier1Integrations);
