using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Scoring;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Core.Warehouse;

namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>
/// The figures of one period: the warehouse's, counted by the lead-scoring options' thresholds, with the sessions
/// that failed processing from the session store (so both storage modes can see them).
/// </summary>
public sealed class ExecutiveFiguresReader(IExecutiveFigures warehouse, ISessionActivity intake, IOptions<LeadScoringOptions> scoring)
{
    public ExecutiveThresholds Thresholds => new(
        scoring.Value.HotAbove, QualificationTierRule.Qualified, scoring.Value.Tier1MinTeamSize, scoring.Value.Tier1MinMonthlyVolume, scoring.Value.Tier1Integrations);

    public async Task<PeriodFigures> ReadAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var figures = await warehouse.ReadAsync(period, Thresholds, cancellationToken).ConfigureAwait(false);
        var failed = await intake.FailuresAsync(period.Start, period.End, cancellationToken).ConfigureAwait(false);
        return figures with { Risks = figures.Risks with { FailedSessions = failed.Count } };
    }
}
