using VoiceAnalytics.Core.Warehouse;
using VoiceAnalytics.Core.Warehouse.Dashboard;

namespace VoiceAnalytics.Core.Dashboard.Figures;

/// <summary>
/// The points of a trend line: every UTC hour of a window of a day or less (a calendar day can have 25 hours), else
/// every calendar day (<c>Timers:TimeZone</c>, the <paramref name="dayOf"/> given) of the window; empty ones as zeros.
/// </summary>
public sealed record TrendBuckets(string Unit, IReadOnlyList<(DateTimeOffset Start, DashboardTotals Totals)> Points)
{
    public static TrendBuckets Of(DashboardFilter filter, IReadOnlyList<DashboardHour> hours, Func<DateTimeOffset, DateTimeOffset> dayOf)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(dayOf);
        if (filter.To - filter.From <= TimeSpan.FromHours(25))
        {
            var byHour = hours.ToDictionary(h => h.Start);
            return new TrendBuckets("hour", [.. PerformanceFigures.EachHour(filter.From, filter.To)
                .Select(hour => (hour, byHour.TryGetValue(hour, out var h) ? h.Totals : new DashboardTotals()))]);
        }

        var byDay = hours.GroupBy(h => dayOf(h.Start)).ToDictionary(g => g.Key, g => DashboardTotals.Sum(g.Select(h => h.Totals)));
        var points = new List<(DateTimeOffset, DashboardTotals)>();
        for (var day = dayOf(filter.From); day < filter.To; day = dayOf(day.AddHours(36)))
        {
            points.Add((day, byDay.TryGetValue(day, out var totals) ? totals : new DashboardTotals()));
        }

        return new TrendBuckets("day", points);
    }
}
