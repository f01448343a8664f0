using VoiceAnalytics.Core.Analysis.Text.Dates;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal;

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
}
