using VoiceAnalytics.Core.Analysis.Text.Dates;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;

/// <summary>The decision_timeline labels, and which one a decision date falls in (calendar weeks, months, quarters).</summary>
public static class TimelineBuckets
{
    public const string ThisWeek = "this_week";
    public const string ThisMonth = "this_month";
    public const string ThisQuarter = "this_quarter";
    public const string NextQuarter = "next_quarter";
    public const string Evaluating = "evaluating";

    /// <summary>The bucket of <paramref name="decisionDay"/> seen from <paramref name="reference"/>; later than next quarter is still next_quarter.</summary>
    public static string Of(DateOnly decisionDay, DateOnly reference) =>
        decisionDay <= CalendarMath.WeekEnd(reference) ? ThisWeek
        : decisionDay <= CalendarMath.MonthEnd(reference) ? ThisMonth
        : decisionDay <= CalendarMath.QuarterEnd(reference) ? ThisQuarter
        : NextQuarter;

    /// <summary>
    /// The bucket of a spoken date, no finer than a named quarter or year end: "end of quarter" said on March 9, or
    /// "before year end" on December 9 (not "before the new year"), is this_quarter though the day is also this month.
    /// A quarter ending within the week stays this_week.
    /// </summary>
    public static string Of(DateOnly decisionDay, DateOnly reference, string spoken)
    {
        ArgumentNullException.ThrowIfNull(spoken);
        var bucket = Of(decisionDay, reference);
        return bucket == ThisMonth && NamesQuarter(spoken) ? ThisQuarter : bucket;
    }

    private static bool NamesQuarter(string spoken) =>
        spoken.Contains("quarter", StringComparison.OrdinalIgnoreCase)
        || (spoken.Contains("year", StringComparison.OrdinalIgnoreCase) && spoken.Contains("end", StringComparison.OrdinalIgnoreCase))
        || (spoken.Length >= 2 && spoken.AsSpan().IndexOfAny("qQ") is var q and >= 0 && q + 1 < spoken.Length
            && (char.IsDigit(spoken[q + 1]) || (spoken[q + 1] == ' ' && q + 2 < spoken.Length && char.IsDigit(spoken[q + 2]))));
}
