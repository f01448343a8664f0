namespace VoiceAnalytics.Core.Warehouse.Dashboard;

/// <summary>
/// The dashboard's numeric panels (spec 6.1-6.3, 6.6) ask the warehouse through this port: figures per UTC hour,
/// summed over the sessions that match the spec 6.7 filters, read from rollups kept when a session is written (the
/// embedded warehouse) so no request reads raw sessions of a long window. A window is widened to whole UTC hours:
/// the hour <c>From</c> falls in through the hour before <c>To</c> (or the hour holding it when it is not on the hour).
/// </summary>
public interface IDashboardHours
{
    /// <summary>The hours of the window that have sessions, in order, each with its summed figures.</summary>
    Task<IReadOnlyList<DashboardHour>> HoursAsync(DashboardFilter filter, CancellationToken cancellationToken);

    /// <summary>What the window's sessions cost per provider (USD), largest first.</summary>
    Task<IReadOnlyList<ProviderUsd>> CostsAsync(DashboardFilter filter, CancellationToken cancellationToken);

    /// <summary>Sessions that started in [From, To) exactly (a short window: "active now").</summary>
    Task<int> StartedAsync(DashboardFilter filter, CancellationToken cancellationToken);

    /// <summary>The industries and agent versions of the sessions that started in [from, to), with their session counts.</summary>
    Task<DashboardChoices> ChoicesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}

public sealed record DashboardHour(DateTimeOffset Start, DashboardTotals Totals);

public sealed record ProviderUsd(string Provider, double Usd);

public sealed record ChoiceCount(string Value, long Sessions);

public sealed record DashboardChoices(IReadOnlyList<ChoiceCount> Industries, IReadOnlyList<ChoiceCount> AgentVersions);

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
