namespace VoiceAnalytics.Core.Analysis.Text.Dates;

/// <summary>The days a date expression names, before a "by" / "before" / "after" in front of it is applied.</summary>
/// <param name="Relation">Set when the expression itself carries the relation ("ASAP", "within two weeks").</param>
internal readonly record struct DateWindow(DateOnly From, DateOnly To, DateGranularity Granularity, DateRelation? Relation = null)
{
    public static DateWindow Day(DateOnly day) => new(day, day, DateGranularity.Day);

    /// <summary>
    /// Narrows a period to the part a speaker named: "early" / "mid" / "late" are thirds, "beginning" and "end" are the
    /// first and last stretch (a few days of a week, a week of a month, two weeks of a quarter, a month of a year).
    /// </summary>
    public DateWindow Narrow(string? edge, string? part, DateOnly reference)
    {
        var days = To.DayNumber - From.DayNumber + 1;
        var third = Math.Max(1, days / 3);
        var stretch = Granularity switch
        {
            DateGranularity.Week => 3,
            DateGranularity.Month => 7,
            DateGranularity.Quarter => 14,
            _ => 31,
        };
        var narrowed = Granularity switch
        {
            DateGranularity.Week => DateGranularity.Day,
            DateGranularity.Month => DateGranularity.Week,
            _ => DateGranularity.Month,
        };
        var key = (edge ?? part ?? "").Trim().ToLowerInvariant();
        (DateOnly From, DateOnly To)? window =
            key.Contains("end", StringComparison.Ordinal) ? (CalendarMath.Max(From, To.AddDays(1 - stretch)), To)
            : key.Contains("beginning", StringComparison.Ordinal) || key.Contains("start", StringComparison.Ordinal) ? (From, From.AddDays(stretch - 1))
            : key.Contains("rest", StringComparison.Ordinal) || key == "later" ? (CalendarMath.Max(From, reference), To)
            : key.Contains("first half", StringComparison.Ordinal) ? (From, From.AddDays((days / 2) - 1))
            : key.Contains("second half", StringComparison.Ordinal) ? (From.AddDays(days / 2), To)
            : key is "early" ? (From, From.AddDays(third - 1))
            : key is "mid" || key.Contains("middle", StringComparison.Ordinal) ? (From.AddDays(third), From.AddDays((2 * third) - 1))
            : key is "late" ? (From.AddDays(2 * third), To)
            : null;
        return window is { } w ? this with { From = w.From, To = w.To, Granularity = narrowed } : this;
    }

    /// <summary>"this month" said on the 20th leaves the 20th to the end: the part already gone is not on offer.</summary>
    public DateWindow ClipToReference(DateOnly reference) =>
        From < reference && To >= reference ? this with { From = reference } : this;
}
