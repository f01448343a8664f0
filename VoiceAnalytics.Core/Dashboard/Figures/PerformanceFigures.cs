using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Dashboard;

namespace VoiceAnalytics.Core.Dashboard.Figures;

/// <summary>
/// Spec 6.1 from the rollups. The live widgets (active now, last hour, last 24 hours) end at the anchor: now, or the
/// window's end when the window is over (yesterday, a custom past range); error rate and connection quality cover the
/// window. "Last hour" is widened to whole UTC hours (60-119 minutes) and rates per hour divide by what it covers.
/// </summary>
public sealed class PerformanceFigures(IDashboardHours hours)
{
    /// <summary>The providers spec 6.1 names: each one without a cost in the last hour is said to be unavailable.</summary>
    public static readonly IReadOnlyList<(string Name, string Match)> SpecProviders = [("OpenAI", "openai"), ("Deepgram", "deepgram"), ("ElevenLabs", "elevenlabs")];

    public async Task<PerformancePanel> ReadAsync(DashboardFilter filter, DateTimeOffset now, DateTimeOffset anchorDayStart, double dailyBudgetUsd, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var anchor = Anchor(filter, now);
        var lastHourFrom = DashboardHourWindow.Floor(anchor.AddHours(-1));
        // 24 hour points ending with the one the anchor falls in (or the hour before it, when the anchor is on the hour).
        var dayFrom = DashboardHourWindow.Floor(anchor.AddTicks(-1).AddHours(-23));
        var window = await hours.HoursAsync(filter, [], cancellationToken).ConfigureAwait(false);
        var day = await hours.HoursAsync(filter with { From = dayFrom, To = anchor }, [DashboardLayout.Latency], cancellationToken).ConfigureAwait(false);
        var lastHour = DashboardTotals.Sum(day.Where(h => h.Start >= lastHourFrom).Select(h => h.Totals));
        var active = await hours.StartedAsync(filter with { From = anchor - DashboardTargets.ActiveWindow, To = anchor }, cancellationToken).ConfigureAwait(false);
        var costs = await hours.CostsAsync(filter with { From = lastHourFrom, To = anchor }, cancellationToken).ConfigureAwait(false);
        var spentToday = anchorDayStart < anchor
            ? (await hours.HoursAsync(filter with { From = anchorDayStart, To = anchor }, [], cancellationToken).ConfigureAwait(false)).Sum(h => h.Totals[Measure.CostUsd])
            : 0;
        var covered = Math.Max((anchor - lastHourFrom).TotalHours, 1.0 / 60);
        var totals = DashboardTotals.Sum(window.Select(h => h.Totals));
        return new PerformancePanel(
            new Window(filter.From, filter.To),
            now,
            anchor,
            new ActiveNow(active, anchor - DashboardTargets.ActiveWindow, "sessions started in the last 10 minutes (analyzed ones)",
                new Unavailable("LiveKit Cloud's count of calls in progress is not connected; active_now counts analyzed sessions that started in the last 10 minutes.")),
            Latency(lastHour, lastHourFrom, anchor),
            new P95Trend(DashboardTargets.P95TargetMs, [.. EachHour(dayFrom, anchor).Select(hour =>
            {
                var t = day.FirstOrDefault(h => h.Start == hour)?.Totals ?? new DashboardTotals();
                var p95 = HistogramFigures.Percentile(t, DashboardLayout.Latency, 0.95);
                return new P95Point(hour, Figure.Count(t[Measure.LatencyTurns]), p95, p95 > DashboardTargets.P95TargetMs);
            })]),
            Errors(totals),
            new TokenUsage(
                [.. EachHour(dayFrom, anchor).Select(hour =>
                {
                    var tokens = Figure.Count(day.FirstOrDefault(h => h.Start == hour)?.Totals[Measure.Tokens] ?? 0);
                    return new TokenPoint(hour, tokens, Math.Round(tokens / 60.0, 1));
                })],
                Figure.Usd(lastHour[Measure.CostUsd] / covered)),
            new CostBurn(
                lastHourFrom, anchor, Figure.Usd(lastHour[Measure.CostUsd] / covered),
                [.. costs.Select(c => (object)new ProviderBurn(c.Provider, Figure.Usd(c.Usd), Figure.Usd(c.Usd / covered))),
                 .. SpecProviders.Where(p => !costs.Any(c => c.Provider.Contains(p.Match, StringComparison.OrdinalIgnoreCase)))
                     .Select(p => (object)new ProviderUnavailable(p.Name, $"no {p.Name} cost was recorded in this window: its usage is not in the payloads or has no price"))],
                new BudgetUse(dailyBudgetUsd, Figure.Usd(spentToday), Figure.Percent(spentToday, dailyBudgetUsd), anchorDayStart),
                new Unavailable("no monthly budget is configured (Alerts:Ops:DailyBudgetUsd is the only budget setting)")),
            Connection(totals));
    }

    /// <summary>Now, or the window's end when the window is over.</summary>
    public static DateTimeOffset Anchor(DashboardFilter filter, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.To < now ? filter.To : now;
    }

    private static LatencyGauge Latency(DashboardTotals lastHour, DateTimeOffset from, DateTimeOffset to)
    {
        var average = Figure.Average(lastHour[Measure.LatencySumMs], lastHour[Measure.LatencyTurns]);
        var band = average switch
        {
            null => null,
            < DashboardTargets.LatencyTargetMs => "green",
            <= DashboardTargets.LatencyWarningMs => "yellow",
            _ => "red",
        };
        return new LatencyGauge(from, to, Figure.Count(lastHour[Measure.LatencyTurns]), average, band, DashboardTargets.LatencyTargetMs, DashboardTargets.LatencyWarningMs);
    }

    private static ErrorRate Errors(DashboardTotals t)
    {
        var percent = Figure.Percent(t[Measure.Errors], t[Measure.Sessions]);
        return new ErrorRate(Figure.Count(t[Measure.Errors]), Figure.Count(t[Measure.Sessions]), percent, DashboardTargets.ErrorRateAlertPercent, percent > DashboardTargets.ErrorRateAlertPercent);
    }

    private static ConnectionQuality Connection(DashboardTotals t)
    {
        var known = t[Measure.ConnectionExcellent] + t[Measure.ConnectionGood] + t[Measure.ConnectionFair] + t[Measure.ConnectionPoor];
        return new ConnectionQuality(
            Figure.Count(t[Measure.ConnectionExcellent]), Figure.Count(t[Measure.ConnectionGood]), Figure.Count(t[Measure.ConnectionFair]),
            Figure.Count(t[Measure.ConnectionPoor]), Figure.Count(t[Measure.ConnectionUnknown]),
            Figure.Percent(t[Measure.ConnectionExcellent], known), Figure.Percent(t[Measure.ConnectionGood], known),
            Figure.Percent(t[Measure.ConnectionFair], known), Figure.Percent(t[Measure.ConnectionPoor], known));
    }

    /// <summary>Every UTC hour start in [from, to).</summary>
    public static IEnumerable<DateTimeOffset> EachHour(DateTimeOffset from, DateTimeOffset to)
    {
        for (var hour = DashboardHourWindow.Floor(from); hour < to; hour = hour.AddHours(1))
        {
            yield return hour;
        }
    }
}
