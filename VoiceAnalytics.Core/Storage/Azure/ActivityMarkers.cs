using System.Globalization;

namespace VoiceAnalytics.Core.Storage.Azure;

/// <summary>
/// Empty blobs that index intake and failures by time, so a window is a prefix listing instead of a scan of every
/// payload's metadata: <c>activity/{kind}/yyyy-MM-dd/HH/mmss.fffffff_{sessionId}</c>. Names sort by time within an
/// hour; they hold a session id and nothing personal.
/// </summary>
internal static class ActivityMarkers
{
    public const string Received = "received";
    public const string Failed = "failed";

    public static string Name(string kind, DateTimeOffset at, string sessionId) =>
        string.Create(CultureInfo.InvariantCulture, $"{HourPrefix(kind, at)}{at.UtcDateTime:mmss.fffffff}_{sessionId}");

    /// <summary>The prefix of one UTC hour's markers of a kind.</summary>
    public static string HourPrefix(string kind, DateTimeOffset hour) =>
        string.Create(CultureInfo.InvariantCulture, $"activity/{kind}/{hour.UtcDateTime:yyyy-MM-dd}/{hour.UtcDateTime:HH}/");

    /// <summary>The time and session id a marker name holds, or null for a name this class did not write.</summary>
    public static (DateTimeOffset At, string SessionId)? Parse(string name)
    {
        var parts = name.Split('/');
        if (parts.Length != 5 || parts[4].IndexOf('_', StringComparison.Ordinal) is not (> 0 and var split))
        {
            return null;
        }

        var text = $"{parts[2]}T{parts[3]}:{parts[4][..2]}:{parts[4][2..split]}Z";
        return DateTimeOffset.TryParseExact(text, "yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? (at, parts[4][(split + 1)..])
            : null;
    }

    /// <summary>The UTC hours [from, to) touches, latest first when <paramref name="newestFirst"/>.</summary>
    public static IEnumerable<DateTimeOffset> Hours(DateTimeOffset from, DateTimeOffset to, bool newestFirst = false)
    {
        var first = Floor(from);
        var last = Floor(to.AddTicks(-1));
        var count = (int)Math.Max(0, (last - first).TotalHours + 1);
        var hours = Enumerable.Range(0, count).Select(i => first.AddHours(i));
        return newestFirst ? hours.Reverse() : hours;
    }

    private static DateTimeOffset Floor(DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }
}
