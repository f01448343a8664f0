using System.Globalization;

namespace VoiceAnalytics.Core.Warehouse.Cosmos;

/// <summary>
/// The partition key of the per-session containers: the UTC day ("yyyy-MM-dd") the session started. A window's
/// queries go to the days it covers, one single-partition query per day.
/// </summary>
public static class CosmosDay
{
    /// <summary>
    /// How long before its end (or its turns) a session may have started: ops windows on end times and turn times look
    /// this far back for the session's start day. Voice calls last minutes; a call over a day would be missed there.
    /// </summary>
    public static readonly TimeSpan LongestSession = TimeSpan.FromDays(1);

    public static string Of(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The days [from, to) touches, oldest first; none when the window is empty.</summary>
    public static IReadOnlyList<string> Covering(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return [];
        }

        var days = new List<string>();
        var last = DateOnly.FromDateTime(to.UtcDateTime.AddTicks(-1));
        for (var day = DateOnly.FromDateTime(from.UtcDateTime); day <= last; day = day.AddDays(1))
        {
            days.Add(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return days;
    }

    /// <summary>The start days of sessions that may have ended (or had a turn) in [from, to).</summary>
    public static IReadOnlyList<string> EndingIn(DateTimeOffset from, DateTimeOffset to) =>
        to <= from ? [] : Covering(from - LongestSession, to);
}
