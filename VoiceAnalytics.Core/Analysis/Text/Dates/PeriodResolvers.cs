using System.Text.RegularExpressions;

namespace VoiceAnalytics.Core.Analysis.Text.Dates;

/// <summary>Resolves the expressions relative to now: "today", "ASAP", "next month", "end of the quarter", "in three weeks".</summary>
internal static class PeriodResolvers
{
    public static DateWindow? Simple(Match match, string text, DateOnly reference)
    {
        var word = Value(match, "w")!.ToLowerInvariant();
        if (word.StartsWith("as", StringComparison.Ordinal) || word.StartsWith("right", StringComparison.Ordinal))
        {
            return DateWindow.Day(reference) with { Relation = DateRelation.Asap };
        }

        return word switch
        {
            "tomorrow" => DateWindow.Day(reference.AddDays(1)),
            "yesterday" => DateWindow.Day(reference.AddDays(-1)),
            _ when word.Contains("after", StringComparison.Ordinal) => DateWindow.Day(reference.AddDays(2)),
            _ => DateWindow.Day(reference),
        };
    }

    public static DateWindow? Period(Match match, string text, DateOnly reference)
    {
        var unit = Value(match, "unit")!.ToLowerInvariant();
        var rel = Value(match, "rel")?.ToLowerInvariant();
        var edge = Value(match, "edge");
        var part = Value(match, "part");
        var afterNext = match.Groups["after"].Success;
        var current = CurrentPeriod(match, unit, reference);
        if (current is not null)
        {
            return current;
        }

        if (rel is null && edge is null && part is null && !afterNext && !IsTheWeekend(match, unit))
        {
            return null; // "a week", "per month": a length of time, not a date
        }

        var shift = afterNext ? 2 : rel switch
        {
            "next" or "following" => 1,
            "last" or "past" or "previous" => -1,
            "coming" or "upcoming" or "this coming" => unit == "weekend" ? 0 : 1,
            _ => 0,
        };
        var window = unit switch
        {
            "week" => Span(CalendarMath.WeekStart(reference).AddDays(7 * shift), 7, DateGranularity.Week),
            "weekend" => Span(CalendarMath.WeekStart(reference).AddDays(5 + (7 * shift)), 2, DateGranularity.Day),
            "month" => Months(CalendarMath.MonthStart(reference).AddMonths(shift), 1, DateGranularity.Month),
            "quarter" => Months(CalendarMath.QuarterStart(reference).AddMonths(3 * shift), 3, DateGranularity.Quarter),
            _ => Months(new DateOnly(reference.Year + shift, 1, 1), 12, DateGranularity.Year),
        };
        window = window.Narrow(edge, part, reference);
        return shift == 0 ? window.ClipToReference(reference) : window;
    }

    /// <summary>"the weekend" names the coming one ("I want it sorted before the weekend"); "a weekend" is a length of time.</summary>
    private static bool IsTheWeekend(Match match, string unit) =>
        unit == "weekend" && match.ValueSpan.StartsWith("the", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The period under way named by what bounds it rather than by "this": "within the month" is a deadline at its end,
    /// "(before) the quarter is out / ends / closes" is its last stretch.
    /// </summary>
    private static DateWindow? CurrentPeriod(Match match, string unit, DateOnly reference)
    {
        var within = match.Groups["within"].Success;
        if (!within && !match.Groups["over"].Success)
        {
            return null;
        }

        var window = unit switch
        {
            "week" => Span(CalendarMath.WeekStart(reference), 7, DateGranularity.Week),
            "month" => Months(CalendarMath.MonthStart(reference), 1, DateGranularity.Month),
            "quarter" => Months(CalendarMath.QuarterStart(reference), 3, DateGranularity.Quarter),
            _ => Months(new DateOnly(reference.Year, 1, 1), 12, DateGranularity.Year),
        };
        return within
            ? new DateWindow(reference, window.To, window.Granularity, DateRelation.By)
            : window.Narrow("end", null, reference).ClipToReference(reference);
    }

    public static DateWindow? Duration(Match match, string text, DateOnly reference)
    {
        if (DateWords.Count(Value(match, "n")) is not { } count)
        {
            return null;
        }

        var unit = Value(match, "unit")!.ToLowerInvariant();
        var suffix = Value(match, "suffix")?.ToLowerInvariant();
        var granularity = unit switch
        {
            "day" => DateGranularity.Day,
            "week" or "fortnight" => DateGranularity.Week,
            "month" => DateGranularity.Month,
            _ => DateGranularity.Year,
        };
        if (suffix == "ago")
        {
            return DateWindow.Day(Add(reference, unit, -count)) with { Granularity = granularity };
        }

        var target = Add(reference, unit, count);
        var alternative = DateWords.Count(Value(match, "alt")) is { } alt && alt > count ? Add(reference, unit, alt) : target;
        var prep = Value(match, "prep")?.ToLowerInvariant();
        return prep is null or "in"
            ? new DateWindow(target, alternative, granularity)
            : new DateWindow(reference, alternative, granularity, DateRelation.By); // "within two weeks", "over the next month"
    }

    public static DateWindow? Year(Match match, string text, DateOnly reference)
    {
        var part = Value(match, "part");
        if (part is null && !DateModifier.FollowsTemporalPreposition(text, match.Index))
        {
            return null; // "2026" alone may be a number, not a year
        }

        var year = int.Parse(Value(match, "year")!, System.Globalization.CultureInfo.InvariantCulture);
        return Months(new DateOnly(year, 1, 1), 12, DateGranularity.Year).Narrow(null, part, reference);
    }

    internal static string? Value(Match match, string group) =>
        match.Groups[group] is { Success: true } g ? g.Value : null;

    private static DateOnly Add(DateOnly day, string unit, int count) => unit switch
    {
        "day" => day.AddDays(count),
        "week" => day.AddDays(7 * count),
        "fortnight" => day.AddDays(14 * count),
        "month" => day.AddMonths(count),
        _ => day.AddYears(count),
    };

    private static DateWindow Span(DateOnly from, int days, DateGranularity granularity) =>
        new(from, from.AddDays(days - 1), granularity);

    private static DateWindow Months(DateOnly from, int months, DateGranularity granularity) =>
        new(from, from.AddMonths(months).AddDays(-1), granularity);
}
