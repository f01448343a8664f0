namespace VoiceAnalytics.Core.Analysis.Text.Dates;

/// <summary>US holidays and seasons people set deadlines by ("before Black Friday", "after the holidays", "by fall").</summary>
internal static class HolidayCalendar
{
    /// <summary>The holiday's days in <paramref name="year"/>, or null for a name this calendar does not know.</summary>
    public static (DateOnly From, DateOnly To)? Window(string name, int year)
    {
        var key = Normalize(name);
        var thanksgiving = CalendarMath.NthWeekday(year, 11, DayOfWeek.Thursday, 4);
        DateOnly? day = key switch
        {
            "thanksgiving" => thanksgiving,
            "black friday" => thanksgiving.AddDays(1),
            "cyber monday" => thanksgiving.AddDays(4),
            "christmas" or "xmas" => new DateOnly(year, 12, 25),
            "christmas eve" => new DateOnly(year, 12, 24),
            "new years eve" => new DateOnly(year, 12, 31),
            "new years" or "new years day" or "the new year" or "first of the year" or "first of next year" => new DateOnly(year, 1, 1),
            "memorial day" => CalendarMath.NthWeekday(year, 5, DayOfWeek.Monday, -1),
            "labor day" => CalendarMath.NthWeekday(year, 9, DayOfWeek.Monday, 1),
            "independence day" or "fourth of july" or "july 4th" or "july fourth" => new DateOnly(year, 7, 4),
            "halloween" => new DateOnly(year, 10, 31),
            "valentines" or "valentines day" => new DateOnly(year, 2, 14),
            "easter" => Easter(year),
            "tax day" => new DateOnly(year, 4, 15),
            _ => null,
        };
        if (day is { } d)
        {
            return (d, d);
        }

        // The holiday season: from the run-up to Christmas to New Year's Day.
        return key is "holidays" or "holiday season" ? (new DateOnly(year, 12, 20), new DateOnly(year + 1, 1, 1)) : null;
    }

    /// <summary>Meteorological seasons: spring is March-May, summer June-August, fall September-November, winter December-February.</summary>
    public static (DateOnly From, DateOnly To) Season(string name, int year)
    {
        var firstMonth = name.ToLowerInvariant() switch
        {
            "spring" => 3,
            "summer" => 6,
            "fall" or "autumn" => 9,
            _ => 12,
        };
        var from = new DateOnly(year, firstMonth, 1);
        return (from, CalendarMath.MonthEnd(from.AddMonths(2)));
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian algorithm).</summary>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static string Normalize(string name)
    {
        var lower = name.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal);
        var collapsed = string.Join(' ', lower.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.StartsWith("the ", StringComparison.Ordinal) && collapsed != "the new year" ? collapsed[4..] : collapsed;
    }
}
