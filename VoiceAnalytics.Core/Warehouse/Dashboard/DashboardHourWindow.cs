namespace VoiceAnalytics.Core.Warehouse.Dashboard;

/// <summary>The window as rollup hours: [first, end) of <c>yyyy-MM-ddTHH</c> keys.</summary>
public static class DashboardHourWindow
{
    public static (string First, string End) Of(DateTimeOffset from, DateTimeOffset to)
    {
        var first = Floor(from);
        var last = Floor(to);
        var end = last == to.ToUniversalTime() ? last : last.AddHours(1);
        return (Key(first), Key(end));
    }

    public static DateTimeOffset Floor(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }

    public static string Key(DateTimeOffset hour) => hour.UtcDateTime.ToString("yyyy-MM-ddTHH", System.Globalization.CultureInfo.InvariantCulture);

    public static DateTimeOffset Start(string key) => DateTimeOffset.ParseExact(
        key + ":00:00Z", "yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
}
