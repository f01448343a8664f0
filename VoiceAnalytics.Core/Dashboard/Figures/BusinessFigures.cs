using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Dashboard;

namespace VoiceAnalytics.Core.Dashboard.Figures;

/// <summary>
/// Spec 6.2 from the rollups. Comparisons: the window before of the same length (for one day: yesterday) and the
/// window a week earlier (for one day: the same weekday last week).
/// </summary>
public sealed class BusinessFigures(IDashboardHours hours)
{
    public async Task<BusinessPanel> ReadAsync(DashboardFilter filter, DateTimeOffset now, double qualificationGoalPercent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var length = filter.To - filter.From;
        var previous = filter with { From = filter.From - length, To = filter.From };
        var weekBefore = filter with { From = filter.From.AddDays(-7), To = filter.To.AddDays(-7) };
        var current = await SumAsync(filter, [DashboardLayout.Engagement], cancellationToken).ConfigureAwait(false);
        var before = await SumAsync(previous, [], cancellationToken).ConfigureAwait(false);
        var week = await SumAsync(weekBefore, [], cancellationToken).ConfigureAwait(false);
        var total = Figure.Count(current[Measure.Sessions]);
        var qualified = Figure.Count(current[Measure.Qualified]);
        var qualifiedPercent = Figure.Percent(qualified, total);
        var previousQualified = Figure.Count(before[Measure.Qualified]);
        var conversion = Figure.Percent(qualified, total);
        return new BusinessPanel(
            new Window(filter.From, filter.To),
            now,
            new Calls(total, Compare(previous, total, before), Compare(weekBefore, total, week)),
            new QualifiedLeads(qualified, qualifiedPercent, previousQualified, Figure.Percent(previousQualified, before[Measure.Sessions]),
                qualified > previousQualified ? "up" : qualified < previousQualified ? "down" : "flat"),
            new MeetingsBooked(Figure.Count(current[Measure.Meetings]), qualified, Figure.Count(current[Measure.QualifiedMeetings]),
                Figure.Percent(current[Measure.QualifiedMeetings], qualified)),
            new EngagementGauge(Figure.Average(current[Measure.EngagementSum], current[Measure.EngagementMeasured]), Figure.Count(current[Measure.EngagementMeasured]),
                HistogramFigures.Bars(current, DashboardLayout.Engagement)),
            new Conversion(qualified, total, conversion, qualificationGoalPercent, conversion is null ? null : conversion >= qualificationGoalPercent),
            new Unavailable("Salesforce opportunities are not read: the warehouse holds no pipeline amounts to total."));
    }

    private Task<DashboardTotals> SumAsync(DashboardFilter filter, IReadOnlyList<DashboardHistogram> histograms, CancellationToken cancellationToken) =>
        hours.TotalsAsync(filter, histograms, cancellationToken);

    private static Comparison Compare(DashboardFilter window, long current, DashboardTotals other)
    {
        var total = Figure.Count(other[Measure.Sessions]);
        return new Comparison(window.From, window.To, total, current - total, Figure.Percent(current - total, total));
    }
}
