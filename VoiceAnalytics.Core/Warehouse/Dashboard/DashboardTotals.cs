namespace VoiceAnalytics.Core.Warehouse.Dashboard;

/// <summary>A rollup vector (<see cref="DashboardLayout"/>): one session's contribution, or the sum over many.</summary>
public sealed class DashboardTotals
{
    public DashboardTotals()
        : this(new double[DashboardLayout.Width])
    {
    }

    public DashboardTotals(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNotEqual(values.Length, DashboardLayout.Width);
        Values = values;
    }

    public double[] Values { get; }

    public double this[Measure measure]
    {
        get => Values[(int)measure];
        set => Values[(int)measure] = value;
    }

    public void Add(Measure measure, double value) => Values[(int)measure] += value;

    public void Count(DashboardHistogram histogram, double value) => Values[histogram.Offset + histogram.BinOf(value)]++;

    public DashboardTotals Add(DashboardTotals other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < Values.Length; i++)
        {
            Values[i] += other.Values[i];
        }

        return this;
    }

    /// <summary>The histogram's bin counts.</summary>
    public IReadOnlyList<long> Bins(DashboardHistogram histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        return [.. Values.Skip(histogram.Offset).Take(histogram.Count).Select(v => (long)Math.Round(v))];
    }

    public static DashboardTotals Sum(IEnumerable<DashboardTotals> totals) => totals.Aggregate(new DashboardTotals(), (sum, t) => sum.Add(t));
}
