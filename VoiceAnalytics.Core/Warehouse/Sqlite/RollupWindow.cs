using System.Globalization;
using Microsoft.Data.Sqlite;

namespace VoiceAnalytics.Core.Warehouse.Sqlite;

/// <summary>
/// Splits a window of UTC hour keys [<c>yyyy-MM-ddTHH</c>, ...) into the hours before its first midnight, the whole
/// days (<c>yyyy-MM-dd</c>) up to its last midnight, and the hours after it, so a rollup read takes whole days from a
/// day table. A window holding no whole day is all head: the day and tail ranges are then empty. The dashboard's two
/// rollups (figures and lists) read and fill their day tables through here.
/// </summary>
internal sealed record RollupWindow(string FromHour, string HeadEnd, string Days, string DaysEnd, string TailStart, string ToHour)
{
    private const string HourFormat = "yyyy-MM-ddTHH";

    /// <summary>The spec 6.7 filters on a rollup row's key columns; a null parameter means no filter.</summary>
    public const string Filters = """
        AND ($tier IS NULL OR tier = $tier)
        AND ($sentiment IS NULL OR sentiment = $sentiment)
        AND ($industry IS NULL OR industry = $industry)
        AND ($agent IS NULL OR agent_version = $agent)
        """;

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

    /// <summary>The parameters of <see cref="Rows"/>.</summary>
    public (string, object?)[] Parameters =>
        [("$fromHour", FromHour), ("$headEnd", HeadEnd), ("$days", Days), ("$daysEnd", DaysEnd), ("$tailStart", TailStart), ("$toHour", ToHour)];

    /// <summary>
    /// The window's rows of a rollup as three primary-key ranges (head hours, whole days, tail hours), each also meeting
    /// <paramref name="condition"/> (<c>AND ...</c>, or empty) and <see cref="Filters"/>.
    /// </summary>
    public static string Rows(string columns, string hours, string days, string condition) => $"""
        SELECT {columns} FROM {hours} WHERE hour >= $fromHour AND hour < $headEnd {condition} {Filters}
        UNION ALL
        SELECT {columns} FROM {days} WHERE day >= $days AND day < $daysEnd {condition} {Filters}
        UNION ALL
        SELECT {columns} FROM {hours} WHERE hour >= $tailStart AND hour < $toHour {condition} {Filters}
        """;

    /// <summary>
    /// A file from before a day table has its hours only: the days are summed from them once, in one statement (the
    /// hours stay the truth; from then on every write keeps both). Empty days beside non-empty hours happens only then.
    /// </summary>
    /// <param name="keys">The key columns after the time (<c>hour</c> in the hours, <c>day</c> in the days).</param>
    public static void FillDays(SqliteConnection connection, string hours, string days, IReadOnlyList<string> keys, IReadOnlyList<string> sums)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var check = connection.CreateCommand();
        check.CommandText = $"SELECT EXISTS (SELECT 1 FROM {hours}) AND NOT EXISTS (SELECT 1 FROM {days});";
        if (Convert.ToInt64(check.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            return;
        }

        var key = string.Join(", ", keys);
        using var transaction = connection.BeginTransaction();
        using var fill = connection.CreateCommand();
        fill.Transaction = transaction;
        fill.CommandText = $"""
            INSERT INTO {days} (day, {key}, {string.Join(", ", sums)})
            SELECT substr(hour, 1, 10), {key}, {string.Join(", ", sums.Select(c => $"SUM({c})"))}
              FROM {hours} GROUP BY substr(hour, 1, 10), {key};
            """;
        fill.ExecuteNonQuery();
        transaction.Commit();
    }

    private static DateTime Parse(string hour) => DateTime.ParseExact(hour, HourFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static string Hour(DateTime instant) => instant.ToString(HourFormat, CultureInfo.InvariantCulture);

    private static string Day(DateTime instant) => instant.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
