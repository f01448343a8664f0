using System.Globalization;
using System.Text.RegularExpressions;
using static VoiceAnalytics.Core.Analysis.Text.Dates.PeriodResolvers;

namespace VoiceAnalytics.Core.Analysis.Text.Dates;

/// <summary>Resolves named calendar days and periods: weekdays, months, days of the month, quarters, holidays, seasons.</summary>
internal static class CalendarResolvers
{
    public static DateWindow? Weekday(Match match, string text, DateOnly reference)
    {
        if (match.Groups["plural"].Success || DateWords.Weekday(Value(match, "wd")) is not { } weekday)
        {
            return null; // "on Mondays" is a habit, not a date
        }

        if (Value(match, "ord") is { } ordinal && (match.Groups["month"].Success || match.Groups["thismonth"].Success))
        {
            return NthWeekdayOf(match, ordinal, weekday, reference); // "the second Tuesday of June"
        }

        var ord = Value(match, "ord");
        var lastByOrdinal = ord is not null && ord.Equals("last", StringComparison.OrdinalIgnoreCase) ? "last" : null; // "last Tuesday"
        var rel = (Value(match, "wk") ?? Value(match, "rel") ?? lastByOrdinal)?.ToLowerInvariant();
        var day = rel switch
        {
            "next" => CalendarMath.OnOrAfter(CalendarMath.WeekStart(reference).AddDays(7), weekday),
            "last" => reference.AddDays(-(((int)reference.DayOfWeek - (int)weekday + 6) % 7) - 1),
            "coming" or "this coming" => CalendarMath.OnOrAfter(reference.AddDays(1), weekday),
            "this" when match.Groups["wk"].Success => CalendarMath.OnOrAfter(CalendarMath.WeekStart(reference), weekday),
            _ => CalendarMath.OnOrAfter(reference, weekday),
        };
        return DateWindow.Day(day);
    }

    /// <summary>
    /// "the second Tuesday of June" (its next June), "the first Monday of the month" (this month's, or next month's once
    /// it has passed); "every month" / "each month" is a habit with no date.
    /// </summary>
    private static DateWindow? NthWeekdayOf(Match match, string ordinal, DayOfWeek weekday, DateOnly reference)
    {
        var n = ordinal.ToLowerInvariant() switch
        {
            "first" or "1st" => 1,
            "second" or "2nd" => 2,
            "third" or "3rd" => 3,
            "fourth" or "4th" => 4,
            _ => -1,
        };
        if (match.Groups["month"].Success)
        {
            var month = DateWords.Month(Value(match, "month"));
            var year = CalendarMath.YearOfNext(reference, month);
            var day = CalendarMath.NthWeekday(year, month, weekday, n);
            return DateWindow.Day(day < reference ? CalendarMath.NthWeekday(year + 1, month, weekday, n) : day);
        }

        if (Value(match, "thismonth") is { } which && !which.StartsWith("this", StringComparison.OrdinalIgnoreCase) && !which.StartsWith("the", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var thisMonth = CalendarMath.NthWeekday(reference.Year, reference.Month, weekday, n);
        var next = CalendarMath.MonthStart(reference).AddMonths(1);
        return DateWindow.Day(thisMonth >= reference ? thisMonth : CalendarMath.NthWeekday(next.Year, next.Month, weekday, n));
    }

    public static DateWindow? Month(Match match, string text, DateOnly reference)
    {
        var month = DateWords.Month(Value(match, "month"));
        var day = DateWords.DayOfMonth(Value(match, "day"));
        var edge = Value(match, "edge");
        var part = Value(match, "part");
        var week = Value(match, "wk");
        var year = Value(match, "year") is { } y ? int.Parse(y, CultureInfo.InvariantCulture) : CalendarMath.YearOfNext(reference, month);
        var bare = day is null && edge is null && part is null && week is null && !match.Groups["year"].Success;
        if (bare && month is 3 or 5 && !DateModifier.FollowsTemporalPreposition(text, match.Index))
        {
            return null; // "we may", "march forward": words before a month name decide
        }

        if (day is { } d)
        {
            return DateWindow.Day(CalendarMath.ClampedDay(year, month, d));
        }

        var first = new DateOnly(year, month, 1);
        var whole = new DateWindow(first, CalendarMath.MonthEnd(first), DateGranularity.Month);
        if (week is null)
        {
            return whole.Narrow(edge, part, reference);
        }

        var n = DateWords.QuarterNumber(week);
        return n > 0
            ? new DateWindow(first.AddDays(7 * (n - 1)), first.AddDays((7 * n) - 1), DateGranularity.Week)
            : new DateWindow(whole.To.AddDays(-6), whole.To, DateGranularity.Week); // the last week
    }

    public static DateWindow? DayOfMonth(Match match, string text, DateOnly reference)
    {
        var rel = Value(match, "rel")?.ToLowerInvariant();
        if (DateWords.DayOfMonth(Value(match, "day")) is not { } day || (rel is null && !DateModifier.FollowsTemporalPreposition(text, match.Index)))
        {
            return null; // "the first thing", "the 2nd floor"
        }

        var month = CalendarMath.MonthStart(reference);
        if (rel is "next" or "the following" || (rel is null && day < reference.Day))
        {
            month = month.AddMonths(1);
        }

        return DateWindow.Day(CalendarMath.ClampedDay(month.Year, month.Month, day));
    }

    public static DateWindow? Quarter(Match match, string text, DateOnly reference)
    {
        var quarter = DateWords.QuarterNumber(Value(match, "q"));
        if (quarter == 0)
        {
            return null;
        }

        var year = Value(match, "year") is { } y ? int.Parse(y, CultureInfo.InvariantCulture)
            : match.Groups["nexty"].Success ? reference.Year + 1
            : quarter >= CalendarMath.Quarter(reference) ? reference.Year : reference.Year + 1;
        var window = new DateWindow(CalendarMath.QuarterStart(year, quarter), CalendarMath.QuarterEnd(year, quarter), DateGranularity.Quarter);
        return window.Narrow(Value(match, "edge"), Value(match, "part"), reference).ClipToReference(reference);
    }

    public static DateWindow? Holiday(Match match, string text, DateOnly reference)
    {
        var name = Value(match, "h")!;
        if (HolidayCalendar.Window(name, reference.Year) is not { } window)
        {
            return null;
        }

        if (window.To < reference)
        {
            window = HolidayCalendar.Window(name, reference.Year + 1)!.Value;
        }

        return new DateWindow(window.From, window.To, window.From == window.To ? DateGranularity.Day : DateGranularity.Week);
    }

    public static DateWindow? Season(Match match, string text, DateOnly reference)
    {
        var rel = Value(match, "rel")?.ToLowerInvariant();
        if (rel is null && !DateModifier.FollowsTemporalPreposition(text, match.Index))
        {
            return null; // "fall behind", "spring for it"
        }

        var name = Value(match, "season")!;
        (DateOnly From, DateOnly To) window;
        if (Value(match, "year") is { } y)
        {
            window = HolidayCalendar.Season(name, int.Parse(y, CultureInfo.InvariantCulture));
        }
        else
        {
            // Candidates from last year's to next year's; "next" skips the one under way.
            var candidates = new[] { reference.Year - 2, reference.Year - 1, reference.Year, reference.Year + 1 }.Select(year => HolidayCalendar.Season(name, year));
            window = rel switch
            {
                "last" => candidates.Last(c => c.To < reference),
                "next" => candidates.First(c => c.From > reference),
                _ => candidates.First(c => c.To >= reference),
            };
        }

        var part = rel is "early" or "late" ? rel : null;
        return new DateWindow(window.From, window.To, DateGranularity.Season).Narrow(null, part, reference);
    }
}
