namespace VoiceAnalytics.Core.Warehouse.Dashboard;

/// <summary>
/// A histogram kept in the rollups: bin i holds the values from <see cref="Edges"/>[i] up to the next edge (the last
/// bin is open-ended; a value below the first edge falls in the first bin). <see cref="Offset"/> is where its bins
/// start in <see cref="DashboardTotals.Values"/>.
/// </summary>
public sealed record DashboardHistogram(string Name, int Offset, IReadOnlyList<double> Edges)
{
    public int Count => Edges.Count;

    /// <summary>The bin of a value (binary search over the lower edges).</summary>
    public int BinOf(double value)
    {
        var lo = 0;
        var hi = Edges.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Edges[mid] <= value)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>The bin's upper edge, or null for the open-ended last bin.</summary>
    public double? UpperEdge(int bin) => bin + 1 < Edges.Count ? Edges[bin + 1] : null;
}
