namespace VoiceAnalytics.Core.Dashboard.Figures;

/// <summary>A widget whose source we do not have: said in place of its figures.</summary>
public sealed record Unavailable(string Reason)
{
    public bool Available => false;
}

public sealed record Window(DateTimeOffset From, DateTimeOffset To);

/// <summary>One histogram bar: [From, To) in the histogram's unit (To null: open-ended), and whether it is inside the target band.</summary>
public sealed record Bar(double From, double? To, long Sessions, bool InTarget = false);

/// <summary>Rounding and rates, once for every panel: percentages to 0.1, averages to 0.01.</summary>
public static class Figure
{
    public static double? Percent(double part, double whole) => whole <= 0 ? null : Math.Round(100 * part / whole, 1, MidpointRounding.AwayFromZero);

    public static double? Average(double sum, double count) => count <= 0 ? null : Math.Round(sum / count, 2, MidpointRounding.AwayFromZero);

    public static double Usd(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    public static long Count(double value) => (long)Math.Round(value);
}
