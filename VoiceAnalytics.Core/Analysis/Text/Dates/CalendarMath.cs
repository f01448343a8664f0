namespace VoiceAnalytics.Core.Analysis.Text.Dates;

/// <summary>Calendar arithmetic for spoken dates: weeks run Monday to Sunday, quarters are calendar quarters.</summary>
public static class CalendarMath
{
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static DateOnly WeekEnd(DateOnly day) => WeekStart(day).AddDays(6);

    public static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);

    public static DateOnly MonthEnd(DateOnly day) => new(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));

    public static int Quarter(DateOnly day) => ((day.Month - 1) / 3) + 1;

    public static DateOnly QuarterStart(int year, int quarter) => new(year, ((quarter - 1) * 3) + 1, 1);

    public static DateOnly QuarterEnd(int year, int quarter) => MonthEnd(new DateOnly(year, quarter * 3, 1));

    public static DateOnly QuarterStart(DateOnly day) => QuarterStart(day.Year, Quarter(day));

    public static DateOnly QuarterEnd(DateOnly day) => QuarterEnd(day.Year, Quarter(day));

    /// <summary>The next day on or after <paramref name="from"/> that falls on <paramref name="weekday"/>.</summary>
    public static DateOnly OnOrAfter(DateOnly from, DayOfWeek weekday) =>
        from.AddDays(((int)weekday - (int)from.DayOfWeek + 7) % 7);

    /// <summary>The <paramref name="n"/>th <paramref name="weekday"/> of a month (n = -1 for the last one).</summary>
    public static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        if (n < 0)
        {
            var last = MonthEnd(new DateOnly(year, month, 1));
            return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
        }

        return OnOrAfter(new DateOnly(year, month, 1), weekday).AddDays(7 * (n - 1));
    }

    /// <summary>Day <paramref name="day"/> of a month, clamped to its last day ("the 31st" in November is the 30th).</summary>
    public static DateOnly ClampedDay(int year, int month, int day) =>
        new(year, month, Math.Clamp(day, 1, DateTime.DaysInMonth(year, month)));

    /// <summary>The year in which <paramref name="month"/> next comes round (this year when it is the current month).</summary>
    public static int YearOfNext(DateOnly reference, int month) => month >= reference.Month ? reference.Year : reference.Year + 1;

    public static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
