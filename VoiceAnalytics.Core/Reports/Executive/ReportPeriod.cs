using System.Globalization;

namespace VoiceAnalytics.Core.Reports.Executive;

/// <summary>
/// Local calendar days [<see cref="FirstDay"/>, <see cref="LastDay"/>] in the timers' time zone, as UTC instants
/// [<see cref="Start"/>, <see cref="End"/>) to compare with the warehouse's UTC timestamps. A session at 23:30
/// local time belongs to that local day, whatever the UTC date.
/// </summary>
public sealed record ReportPeriod(DateOnly FirstDay, DateOnly LastDay, DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>The local day before the one <paramref name="occurrence"/> falls on.</summary>
    public static ReportPeriod DayBefore(DateTimeOffset occurrence, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var today = LocalDate(occurrence, zone);
        return Days(today.AddDays(-1), 1, zone);
    }

    /// <summary>The last full Monday-Sunday week before <paramref name="occurrence"/>'s local date.</summary>
    public static ReportPeriod WeekBefore(DateTimeOffset occurrence, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var today = LocalDate(occurrence, zone);
        var thisMonday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return Days(thisMonday.AddDays(-7), 7, zone);
    }

    /// <summary>The period of the same length just before this one (yesterday's yesterday, the week before).</summary>
    public ReportPeriod Preceding(TimeZoneInfo zone)
    {
        var length = LastDay.DayNumber - FirstDay.DayNumber + 1;
        return Days(FirstDay.AddDays(-length), length, zone);
    }

    /// <summary>The first day as <c>yyyy-MM-dd</c>: the outbox and delivery key of the period.</summary>
    public string Key => FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ReportPeriod Days(DateOnly first, int count, TimeZoneInfo zone) =>
        new(first, first.AddDays(count - 1), LocalMidnight(first, zone), LocalMidnight(first.AddDays(count), zone));

    private static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The instant the local day starts; where a clock change skips midnight, the first local time that exists.</summary>
    private static DateTimeOffset LocalMidnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
