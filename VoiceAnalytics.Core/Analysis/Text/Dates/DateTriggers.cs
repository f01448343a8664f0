namespace VoiceAnalytics.Core.Analysis.Text.Dates;

/// <summary>Words that every expression of a date family holds, so its regex runs only on sentences with one.</summary>
internal static class DateTriggers
{
    public static readonly string[] Simple =
        ["today", "tonight", "tomorrow", "yesterday", "asap", "soon", "away", "morning", "afternoon", "evening", "eod", "day"];

    public static readonly string[] Periods = ["week", "weekend", "month", "quarter", "year"];

    public static readonly string[] Durations = ["day", "days", "fortnight", "fortnights", "week", "weeks", "month", "months", "year", "years"];

    public static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static readonly string[] Ordinals =
    [
        "<ordinal>", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth", "twentieth", "thirtieth",
    ];

    public static readonly string[] Quarters = ["quarter", "q1", "q2", "q3", "q4", "q"];

    public static readonly string[] Holidays =
    [
        "thanksgiving", "black", "cyber", "christmas", "xmas", "new", "holiday", "holidays", "memorial", "labor",
        "independence", "july", "halloween", "valentine", "valentines", "easter", "tax", "first",
    ];

    public static readonly string[] Seasons = ["spring", "summer", "fall", "autumn", "winter"];

    public static readonly string[] Years = ["<year>"];
}
