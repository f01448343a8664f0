namespace VoiceAnalytics.Core.Warehouse.Dashboard;

/// <summary>
/// Where each figure sits in a rollup vector: the <see cref="Measure"/>s first, then the histograms' bins. The SQL
/// columns and the Cosmos aggregation both follow this one list, so a new figure is one line here.
/// </summary>
public static class DashboardLayout
{
    private static readonly int MeasureCount = Enum.GetValues<Measure>().Length;

    /// <summary>Call duration in seconds: one-minute bins to 15 minutes, then 15+.</summary>
    public static DashboardHistogram Duration { get; } = new("duration", MeasureCount, [.. Enumerable.Range(0, 16).Select(m => m * 60.0)]);

    /// <summary>Turns (user and agent messages): bins of two to 30, then 30+.</summary>
    public static DashboardHistogram Turns { get; } = new("turns", Duration.Offset + Duration.Count, [.. Enumerable.Range(0, 16).Select(t => t * 2.0)]);

    /// <summary>Engagement 0-10: unit bins, 9-10 inclusive of 10.</summary>
    public static DashboardHistogram Engagement { get; } = new("engagement", Turns.Offset + Turns.Count, [.. Enumerable.Range(0, 10).Select(e => (double)e)]);

    /// <summary>Lead score, the spec 6.5 buckets: 0-20, 21-40, 41-60, 61-80, 81-100.</summary>
    public static DashboardHistogram LeadScore { get; } = new("lead_score", Engagement.Offset + Engagement.Count, [0, 21, 41, 61, 81]);

    /// <summary>Turn latency in ms: 50 ms bins below 3 s, 250 ms bins to 10 s, then 10 s and over.</summary>
    public static DashboardHistogram Latency { get; } = new(
        "latency",
        LeadScore.Offset + LeadScore.Count,
        [.. Enumerable.Range(0, 60).Select(i => i * 50.0), .. Enumerable.Range(0, 28).Select(i => 3000 + (i * 250.0)), 10_000]);

    public static IReadOnlyList<DashboardHistogram> Histograms { get; } = [Duration, Turns, Engagement, LeadScore, Latency];

    /// <summary>The length of a rollup vector.</summary>
    public static int Width { get; } = Latency.Offset + Latency.Count;

    /// <summary>The SQL column of each position: the measure in snake_case, or the histogram's name and bin number.</summary>
    public static IReadOnlyList<string> Columns { get; } = BuildColumns();

    private static string[] BuildColumns()
    {
        var columns = new string[Width];
        foreach (var measure in Enum.GetValues<Measure>())
        {
            columns[(int)measure] = System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(measure.ToString());
        }

        foreach (var histogram in Histograms)
        {
            for (var i = 0; i < histogram.Count; i++)
            {
                columns[histogram.Offset + i] = $"{histogram.Name}_bin_{i:00}";
            }
        }

        return columns;
    }
}
