using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Dashboard;

namespace VoiceAnalytics.Core.Dashboard.Figures;

/// <summary>Spec 6.3 from the rollups; trends per hour for a window of a day or less, else per day (<see cref="TrendBuckets"/>).</summary>
public sealed class QualityFigures(IDashboardHours hours)
{
    public async Task<QualityPanel> ReadAsync(DashboardFilter filter, DateTimeOffset now, Func<DateTimeOffset, DateTimeOffset> dayOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var window = await hours.HoursAsync(filter, [DashboardLayout.Duration, DashboardLayout.Turns], cancellationToken).ConfigureAwait(false);
        var t = DashboardTotals.Sum(window.Select(h => h.Totals));
        var buckets = TrendBuckets.Of(filter, window, dayOf);
        var sessions = t[Measure.Sessions];
        var durationBars = HistogramFigures.Bars(t, DashboardLayout.Duration, 60, DashboardTargets.DurationMinMinutes, DashboardTargets.DurationMaxMinutes);
        // Turns are whole numbers: the bin [14, 16) holds 14 and 15, inside 8-15.
        var turnBars = HistogramFigures.Bars(t, DashboardLayout.Turns, 1, DashboardTargets.TurnsMin, DashboardTargets.TurnsMax + 1);
        var durationIn = durationBars.Where(b => b.InTarget).Sum(b => b.Sessions);
        var turnsIn = turnBars.Where(b => b.InTarget).Sum(b => b.Sessions);
        var sentimentKnown = t[Measure.Positive] + t[Measure.Neutral] + t[Measure.Negative];
        var positive = Figure.Percent(t[Measure.Positive], sentimentKnown);
        var natural = Figure.Percent(t[Measure.NaturalEndings], t[Measure.QualityMeasured]);
        return new QualityPanel(
            new Window(filter.From, filter.To),
            now,
            buckets.Unit,
            new DurationFigure(
                sessions > 0 ? Math.Round(t[Measure.DurationSeconds] / sessions / 60, 2, MidpointRounding.AwayFromZero) : null, Figure.Count(sessions),
                new Band(DashboardTargets.DurationMinMinutes, DashboardTargets.DurationMaxMinutes), durationIn, Figure.Percent(durationIn, sessions), durationBars),
            new TurnsFigure(
                Figure.Average(t[Measure.Turns], sessions), Figure.Count(sessions), new Band(DashboardTargets.TurnsMin, DashboardTargets.TurnsMax),
                turnsIn, Figure.Percent(turnsIn, sessions), turnBars),
            new InterruptionFigure(
                Figure.Count(t[Measure.Interrupted]), Figure.Count(sessions), Figure.Percent(t[Measure.Interrupted], sessions), DashboardFacts.InterruptionThreshold,
                [.. buckets.Points.Select(p => new InterruptionPoint(p.Start, Figure.Count(p.Totals[Measure.Sessions]), Figure.Count(p.Totals[Measure.Interrupted]),
                    Figure.Percent(p.Totals[Measure.Interrupted], p.Totals[Measure.Sessions])))]),
            new SentimentFigure(
                Figure.Count(t[Measure.Positive]), Figure.Count(t[Measure.Neutral]), Figure.Count(t[Measure.Negative]), Figure.Count(sessions - sentimentKnown),
                positive, Figure.Percent(t[Measure.Neutral], sentimentKnown), Figure.Percent(t[Measure.Negative], sentimentKnown),
                DashboardTargets.PositiveGoalPercent, positive is null ? null : positive > DashboardTargets.PositiveGoalPercent),
            new NaturalEndingFigure(
                Figure.Count(t[Measure.NaturalEndings]), Figure.Count(t[Measure.QualityMeasured]), natural, DashboardTargets.NaturalEndingGoalPercent,
                natural is null ? null : natural > DashboardTargets.NaturalEndingGoalPercent),
            new SatisfactionFigure(
                Figure.Average(t[Measure.SatisfactionSum], t[Measure.SatisfactionMeasured]), Figure.Count(t[Measure.SatisfactionMeasured]),
                [.. buckets.Points.Select(p => new SatisfactionPoint(p.Start, Figure.Count(p.Totals[Measure.SatisfactionMeasured]),
                    Figure.Average(p.Totals[Measure.SatisfactionSum], p.Totals[Measure.SatisfactionMeasured])))]));
    }
}
