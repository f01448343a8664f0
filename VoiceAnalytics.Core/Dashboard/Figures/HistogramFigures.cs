using VoiceAnalytics.Core.Warehouse.Dashboard;

namespace VoiceAnalytics.Core.Dashboard.Figures;

/// <summary>Bars and percentiles from a rollup histogram.</summary>
public static class HistogramFigures
{
    /// <summary>The bars in the histogram's unit divided by <paramref name="unit"/> (60 for seconds to minutes).</summary>
    public static IReadOnlyList<Bar> Bars(DashboardTotals totals, DashboardHistogram histogram, double unit = 1, double? targetMin = null, double? targetMax = null)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(histogram);
        var counts = totals.Bins(histogram);
        return [.. counts.Select((count, i) =>
        {
            var from = histogram.Edges[i] / unit;
            var to = histogram.UpperEdge(i) / unit;
            var inTarget = targetMin is { } min && targetMax is { } max && from >= min && to is { } upper && upper <= max;
            return new Bar(from, to, count, inTarget);
        })];
    }

    /// <summary>
    /// Nearest rank on the bins: the upper edge of the bin holding the value of rank ceil(p n), so at most one bin
    /// width (50 ms below 3 s, 250 ms to 10 s) above the exact value; the open last bin reads as its lower edge (10 s).
    /// </summary>
    public static double? Percentile(DashboardTotals totals, DashboardHistogram histogram, double p)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(histogram);
        var counts = totals.Bins(histogram);
        var n = counts.Sum();
        if (n == 0)
        {
            return null;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(p * n));
        long seen = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            seen += counts[i];
            if (seen >= rank)
            {
                return histogram.UpperEdge(i) ?? histogram.Edges[i];
            }
        }

        return histogram.Edges[^1];
    }
}
