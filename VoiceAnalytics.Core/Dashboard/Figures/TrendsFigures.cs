using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Dashboard;

namespace VoiceAnalytics.Core.Dashboard.Figures;

/// <summary>Spec 6.6's calls, qualification and booking trends from the rollups.</summary>
public sealed class TrendsFigures(IDashboardHours hours)
{
    public async Task<TrendsPanel> ReadAsync(
        DashboardFilter filter, DateTimeOffset now, Func<DateTimeOffset, DateTimeOffset> dayOf, DashboardGoalOptions goals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(goals);
        var buckets = TrendBuckets.Of(filter, await hours.HoursAsync(filter, [], cancellationToken).ConfigureAwait(false), dayOf);
        return new TrendsPanel(
            new Window(filter.From, filter.To),
            now,
            buckets.Unit,
            goals.QualificationGoalPercent,
            goals.BookingGoalPercent,
            [.. buckets.Points.Select(p => new TrendPoint(
                p.Start, Figure.Count(p.Totals[Measure.Sessions]), Figure.Count(p.Totals[Measure.Qualified]), Figure.Count(p.Totals[Measure.Meetings]),
                Figure.Count(p.Totals[Measure.QualifiedMeetings]),
                Figure.Percent(p.Totals[Measure.Qualified], p.Totals[Measure.Sessions]),
                Figure.Percent(p.Totals[Measure.QualifiedMeetings], p.Totals[Measure.Qualified])))]);
    }
}
