using System.Globalization;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>
/// Splits a window of UTC hour keys [<c>yyyy-MM-ddTHH</c>, ...) into the hours before its first midnight, the whole
/// days (<c>yyyy-MM-dd</c>) up to its last midnight, and the hours after it, so a rollup read takes whole days from a
/// day table. A window holding no whole day is all head: the day and tail ranges are then empty.
/// </summary>
internal sealed record RollupWindow(string FromHour, string HeadEnd, string Days, string DaysEnd, string TailStart, string ToHour)
{
    private const string HourFormat = "yyyy-MM-ddTHH";

    public static RollupWindow Of(string fromHour, string toHour)
    {
        var from = Parse(fromHour);
        var to = Parse(toHour);
        var firstMidnight = from.TimeOfDay == TimeSpan.Zero ? from : from.Date.AddDays(1);
        var lastMidnight = to.Date;
        if (firstMidnight >= lastMidnight)
        {
            return new RollupWindow(fromHour, toHour, "", "", toHour, toHour);
        }

        return new RollupWindow(fromHour, Hour(firstMidnight), Day(firstMidnight), Day(lastMidnight), Hour(lastMidnight), toHour);
    }

    private static DateTime Parse(string hour) => DateTime.ParseExact(hour, HourFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static string Hour(DateTime instant) => instant.ToString(HourFormat, CultureInfo.InvariantCulture);

    private static string Day(DateTime instant) => instant.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
