using System.Globalization;
using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Actions;

/// <summary>
/// The common due-date phrases of a follow-up, read against the call's date: "tonight", "tomorrow", "this weekend",
/// "(this|next) Tuesday", "next week", "end of the month", "in two weeks", "December 8th", "2026-08-20"; "next
/// Tuesday" is the Tuesday of next week. It overlaps <see cref="Text.RelativeDates"/>, which the deal signals use,
/// but reads as a deadline: a bare weekday is the next one (never today), a week or weekend is due when it starts,
/// and abbreviated months ("Dec 8th") are read. Folding the two together means settling those rules in one place.
/// </summary>
internal static partial class DueDateResolver
{
    private static readonly string[] Counts = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    public static DateOnly? Resolve(string? text, DateOnly today)
    {
        var m = text is null ? Match.Empty : DatePhrase().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var g = m.Groups;
        return g["iso"].Success && DateOnly.TryParseExact(g["iso"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? iso
            : g["dayafter"].Success ? today.AddDays(2)
            : g["tomorrow"].Success ? today.AddDays(1)
            : g["today"].Success ? today
            : g["weekend"].Success ? Next(today, DayOfWeek.Saturday, allowToday: true)
            : g["weekday"].Success ? Weekday(today, g["mod"].Value, Enum.Parse<DayOfWeek>(g["weekday"].Value, ignoreCase: true))
            : g["nextweek"].Success ? MondayAfter(today)
            : g["endweek"].Success ? Next(today, DayOfWeek.Friday, allowToday: true)
            : g["endmonth"].Success ? new DateOnly(today.Year, today.Month, DateTime.DaysInMonth(today.Year, today.Month))
            : g["nextmonth"].Success ? new DateOnly(today.Year, today.Month, 1).AddMonths(1)
            : g["count"].Success ? In(today, g["count"].Value, g["unit"].Value)
            : MonthDay(today, g["month"].Value, g["day"].Value);
    }

    private static DateOnly Weekday(DateOnly today, string modifier, DayOfWeek day) =>
        modifier.ToLowerInvariant() switch
        {
            "next" => MondayAfter(today).AddDays(((int)day + 6) % 7),
            "this" => Next(today, day, allowToday: true),
            _ => Next(today, day, allowToday: false),
        };

    private static DateOnly Next(DateOnly today, DayOfWeek day, bool allowToday)
    {
        var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(ahead == 0 && !allowToday ? 7 : ahead);
    }

    private static DateOnly MondayAfter(DateOnly today) => today.AddDays(7 - (((int)today.DayOfWeek + 6) % 7));

    private static DateOnly In(DateOnly today, string count, string unit)
    {
        var n = int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits
            : count.StartsWith('a') ? (count.Contains("couple", StringComparison.OrdinalIgnoreCase) ? 2 : 1)
            : Math.Max(0, Array.IndexOf(Counts, count.ToLowerInvariant()));
        return unit.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? today.AddDays(7 * n) : today.AddDays(n);
    }

    /// <summary>A month and day; a date already past this year means next year.</summary>
    private static DateOnly? MonthDay(DateOnly today, string month, string day)
    {
        var monthNumber = DateTime.ParseExact(month[..3], "MMM", CultureInfo.InvariantCulture).Month;
        var dayNumber = int.Parse(day, CultureInfo.InvariantCulture);
        if (dayNumber < 1 || dayNumber > DateTime.DaysInMonth(today.Year, monthNumber))
        {
            return null;
        }

        var date = new DateOnly(today.Year, monthNumber, dayNumber);
        return date < today ? date.AddYears(1) : date;
    }

    [GeneratedRegex(
        @"\b(?:(?<iso>\d{4}-\d{2}-\d{2})|(?<dayafter>day\s+after\s+tomorrow)|(?<tomorrow>tomorrow)|(?<today>today|tonight|this\s+(?:morning|afternoon|evening)|end\s+of\s+(?:the\s+)?day)"
        + @"|(?<weekend>(?:this\s+)?weekend)|(?:(?<mod>this|next|on|by)\s+)?(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
        + @"|(?<nextweek>next\s+week)|(?<endweek>end\s+of\s+(?:the|this)\s+week)|(?<endmonth>end\s+of\s+(?:the|this)\s+month)|(?<nextmonth>next\s+month)"
        + @"|in\s+(?<count>\d{1,2}|a\s+couple(?:\s+of)?|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?<unit>days?|weeks?)"
        + @"|(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePhrasePattern();

    private static GuardedRegex? DatePhraseGuarded;

    private static GuardedRegex DatePhrase() => DatePhraseGuarded ??= new(DatePhrasePattern());
}
