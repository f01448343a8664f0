using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Text.Dates;

/// <summary>The families of spoken date expressions, one source-generated regex each (see <see cref="RelativeDates"/>).</summary>
internal static partial class DatePatterns
{
    /// <summary>
    /// Every family is read through its named groups, and the non-backtracking engine pays a third pass over each
    /// match to find groups (about 5 µs a match, against about 1 µs for the source-generated backtracking engine). So
    /// they are backtracking, behind a <see cref="GuardedRegex"/> whose non-backtracking copy finds where a match
    /// starts before the backtracking engine runs there; none nests unbounded quantifiers.
    /// </summary>
    private const RegexOptions BacktrackingOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Counts past twelve are spelled out by speech-to-text as often as written in digits ("within thirty days",
    // "in forty five days"): a tens word with an optional unit, or a teen.
    private const string SpelledTens = @"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";

    private const string Count = @"(?<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" + SpelledTens + @"|(?:a\s+)?couple(?:\s+of)?|(?:a\s+)?few|several)";

    private const string DayWord =
        @"(?:\d{1,2}(?:st|nd|rd|th)|(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
        + "|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth"
        + "|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)";

    private const string MonthName = "(?<month>january|february|march|april|may|june|july|august|september|october|november|december)";

    private const string Edge = @"(?<edge>(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|rest|first\s+half|second\s+half)[\s-]+of[\s-]+(?:the\s+)?)";

    private const string Part = @"(?<part>early|mid|late|later)[\s-]+";

    [GeneratedRegex(@"\b(?<w>today|tonight|tomorrow|yesterday|asap|as\s+soon\s+as\s+(?:possible|we\s+can|i\s+can)|right\s+away|this\s+(?:morning|afternoon|evening)|(?:the\s+)?day\s+after\s+tomorrow|end\s+of\s+(?:the\s+)?day|eod)\b", BacktrackingOptions)]
    private static partial Regex SimplePattern();

    private static GuardedRegex? SimpleGuarded;

    public static GuardedRegex Simple() => SimpleGuarded ??= new(SimplePattern());

    [GeneratedRegex(@"\b(?<unit>month|quarter|year)(?:[\s-]|['’]s\s+)(?<edge>end)\b|\b(?<within>within|inside(?:\s+of)?)\s+the\s+(?<unit>week|month|quarter|year)\b|\bthe\s+(?<unit>week|month|quarter|year)\s+(?<over>is\s+(?:out|over|up|done|through|finished)|ends|closes|runs\s+out|wraps\s+up|finishes)\b|\b(?:" + Edge + "|" + Part + @")?(?:the\s+)?(?:(?<rel>this\s+coming|this|next|last|coming|following|current|upcoming|past|previous)\s+)?(?<unit>weekend|week|month|quarter|year)(?<after>\s+after\s+next)?\b(?!\s+(?:close|closing|closes|results|numbers|reports?|reviews?|planning|goals?|targets?|quota|sales|volume))", BacktrackingOptions)]
    private static partial Regex PeriodPattern();

    private static GuardedRegex? PeriodGuarded;

    public static GuardedRegex Period() => PeriodGuarded ??= new(PeriodPattern());

    [GeneratedRegex(@"\b(?:(?:the\s+)?(?<ord>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+)?(?:(?<rel>this\s+coming|this|next|last|coming)\s+)?(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?<plural>s)?(?:\s+(?<wk>next|this)\s+week)?(?:\s+(?:of|in)\s+(?:(?<thismonth>the\s+month|this\s+month|every\s+month|each\s+month)|" + MonthName + @"))?\b", BacktrackingOptions)]
    private static partial Regex WeekdayPattern();

    private static GuardedRegex? WeekdayGuarded;

    public static GuardedRegex Weekday() => WeekdayGuarded ??= new(WeekdayPattern());

    [GeneratedRegex(@"\b(?:(?<edge>(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle)[\s-]+of[\s-]+)|" + Part + @"|(?:the\s+)?(?<wk>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+week\s+(?:of|in)\s+|(?:the\s+)?(?<day>" + DayWord + @")\s+of\s+)?" + MonthName + @"(?:\s+(?:the\s+)?(?<day>" + DayWord + @"|\d{1,2})(?![\d:]|\s*(?:am|pm|a\.m|p\.m|percent|%)))?(?:,?\s+(?<year>20\d\d))?\b", BacktrackingOptions)]
    private static partial Regex MonthPattern();

    private static GuardedRegex? MonthGuarded;

    public static GuardedRegex Month() => MonthGuarded ??= new(MonthPattern());

    [GeneratedRegex(@"\bthe\s+(?<day>" + DayWord + @")(?:\s+of\s+(?:(?<rel>this|next|the\s+following|the)\s+month))?\b", BacktrackingOptions)]
    private static partial Regex DayOfMonthPattern();

    private static GuardedRegex? DayOfMonthGuarded;

    public static GuardedRegex DayOfMonth() => DayOfMonthGuarded ??= new(DayOfMonthPattern());

    [GeneratedRegex(@"\b(?:(?<edge>(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle)[\s-]+of[\s-]+)|" + Part + @")?(?:q\s?(?<q>[1-4]|one|two|three|four)|(?:the\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)(?:\s+(?:of\s+)?(?:(?<year>20\d\d)|(?<nexty>next\s+year)))?\b", BacktrackingOptions)]
    private static partial Regex QuarterPattern();

    private static GuardedRegex? QuarterGuarded;

    public static GuardedRegex Quarter() => QuarterGuarded ??= new(QuarterPattern());

    [GeneratedRegex(@"\b(?<h>thanksgiving|black\s+friday|cyber\s+monday|christmas(?:\s+eve)?|xmas|new\s+year'?s(?:\s+(?:eve|day))?|the\s+new\s+year|the\s+first\s+of\s+(?:the|next)\s+year|(?:the\s+)?holidays|(?:the\s+)?holiday\s+season|memorial\s+day|labor\s+day|independence\s+day|(?:the\s+)?fourth\s+of\s+july|july\s+(?:4th|fourth)|halloween|valentine'?s(?:\s+day)?|easter|tax\s+day)\b", BacktrackingOptions)]
    private static partial Regex HolidayPattern();

    private static GuardedRegex? HolidayGuarded;

    public static GuardedRegex Holiday() => HolidayGuarded ??= new(HolidayPattern());

    [GeneratedRegex(@"\b(?:(?<rel>this|next|last|the|early|late)\s+)?(?<season>spring|summer|fall|autumn|winter)(?:\s+(?<year>20\d\d))?\b", BacktrackingOptions)]
    private static partial Regex SeasonPattern();

    private static GuardedRegex? SeasonGuarded;

    public static GuardedRegex Season() => SeasonGuarded ??= new(SeasonPattern());

    [GeneratedRegex(@"\b(?:" + Part + @")?(?<year>20[2-9]\d)\b", BacktrackingOptions)]
    private static partial Regex YearPattern();

    private static GuardedRegex? YearGuarded;

    public static GuardedRegex Year() => YearGuarded ??= new(YearPattern());

    [GeneratedRegex(@"\b(?:(?<prep>within|in|inside(?:\s+of)?|over\s+the\s+next|in\s+the\s+next|during\s+the\s+next|the\s+next|next)\s+(?:(?:about|around|roughly|approximately|maybe|like|another)\s+)?" + Count + @"(?:\s+(?:or|to)\s+(?<alt>two|three|four|five|six|seven|eight|nine|ten|" + SpelledTens + @"|\d{1,2}))?\s+(?<unit>day|fortnight|week|month|year)s?(?:\s+or\s+(?<alt>two|three|four|so|\d{1,2}))?|" + Count + @"\s+(?<unit>day|fortnight|week|month|year)s?\s+(?<suffix>from\s+now|out|away|ago))\b", BacktrackingOptions)]
    private static partial Regex DurationPattern();

    private static GuardedRegex? DurationGuarded;

    public static GuardedRegex Duration() => DurationGuarded ??= new(DurationPattern());
}
