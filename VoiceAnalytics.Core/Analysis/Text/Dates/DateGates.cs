using System.Buffers;
using VoiceAnalytics.Core.Analysis.Text.Cues;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Text.Dates;

/// <summary>
/// Cheap necessary conditions for two costly date families, checked on the whole text before their regexes run.
/// Their trigger words (day, week, month, year) are among the commonest in sales talk ("300 a month", "per year"),
/// where the regexes would run for nothing. Each gate is true whenever its regex could give a date (it may be true
/// when it cannot); a text holding a character that a case-insensitive regex reads as an ASCII letter (Kelvin sign,
/// long s, dotted or dotless i) is always left to the regex.
/// </summary>
internal static class DateGates
{
    private static readonly SearchValues<string> DurationUnits =
        SearchValues.Create(["day", "fortnight", "week", "month", "year"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> PeriodUnits =
        SearchValues.Create(["week", "month", "quarter", "year"], StringComparison.OrdinalIgnoreCase);

    // Every word that can end a count in the duration pattern, just before its unit ("a couple of weeks": "of").
    private static readonly string[] CountEnds =
    [
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
        "fifty", "sixty", "seventy", "eighty", "ninety", "couple", "of", "few", "several",
    ];

    // The words that can stand right before a period's unit when the period names a date: its relation ("next
    // month"), the end of an edge ("end of the month"), a part ("mid-year"). "the" counts only after an edge or part.
    private static readonly string[] PeriodLeads =
        ["this", "coming", "next", "last", "following", "current", "upcoming", "past", "previous", "of", "early", "mid", "late", "later"];

    private static readonly string[] PeriodLeadsBeforeThe = ["of", "early", "mid", "late", "later", "within", "inside"];

    // Words after a period's unit that bound the period under way: "month-end", "the quarter is out", "the year ends".
    private static readonly string[] PeriodTails = ["end", "after", "is", "ends", "closes", "runs", "wraps", "finishes"];

    /// <summary>
    /// Whether <see cref="DatePatterns.Duration"/> can match: a unit ("weeks" too) right after a count word ("in
    /// three weeks", "a couple of months out", "10 years ago").
    /// </summary>
    public static bool MayHoldDuration(string text) => MayHold(text, DurationUnits, IsCountedUnit);

    /// <summary>
    /// Whether <see cref="DatePatterns.Period"/> can match with a relation, edge or part, the only matches that give a
    /// date ("next month", "end of the quarter", "year-end", "the week after next"; not "a month", "per year").
    /// </summary>
    public static bool MayHoldPeriod(string text) => MayHold(text, PeriodUnits, IsDatedPeriod);

    private static bool MayHold(string text, SearchValues<string> units, Func<string, int, bool> accept)
    {
        var span = text.AsSpan();
        if (span.IndexOfAny(LiteralScanner.CaseFoldEscapes) >= 0)
        {
            return true;
        }

        var from = 0;
        while (from < span.Length)
        {
            var found = span[from..].IndexOfAny(units);
            if (found < 0)
            {
                return false;
            }

            var at = from + found;
            if (accept(text, at))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>The unit at <paramref name="at"/> is a whole word, after whitespace and a count word.</summary>
    private static bool IsCountedUnit(string text, int at)
    {
        var end = at + UnitLength(text, at, plural: true);
        if (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            return false; // "weekend", "yearly", "daytime"
        }

        if (at == 0 || !char.IsWhiteSpace(text[at - 1]) || PreviousWord(text, at, alsoHyphens: false) is not var (start, wordEnd))
        {
            return false; // "today", "Monday"
        }

        var word = text.AsSpan(start, wordEnd - start);
        return char.IsDigit(word[^1]) || WordScan.IsAny(word, CountEnds);
    }

    /// <summary>The unit at <paramref name="at"/> is a whole word with a relation, edge or part before it, or "end" or "after next" after it.</summary>
    private static bool IsDatedPeriod(string text, int at)
    {
        var end = at + UnitLength(text, at, plural: false);
        if ((end < text.Length && char.IsLetterOrDigit(text[end])) || (at > 0 && char.IsLetterOrDigit(text[at - 1])))
        {
            return false; // "months", "yearly", "biweekly"
        }

        if (end < text.Length && text[end] is '\'' or '’')
        {
            return true; // "month's end"
        }

        if (NextWord(text, end) is var (nextStart, nextEnd)
            && WordScan.IsAny(text.AsSpan(nextStart, nextEnd - nextStart), PeriodTails))
        {
            return true; // "month-end", "the week after next", "before the month is out"
        }

        if (PreviousWord(text, at, alsoHyphens: true) is not var (start, wordEnd))
        {
            return false;
        }

        if (WordScan.IsAny(text.AsSpan(start, wordEnd - start), PeriodLeads))
        {
            return true;
        }

        if (text.AsSpan(at).StartsWith("weekend", StringComparison.OrdinalIgnoreCase)
            && text.AsSpan(start, wordEnd - start).EndsWith("the", StringComparison.OrdinalIgnoreCase))
        {
            return true; // "before the weekend", "over the weekend": the one coming ("of-the weekend" too, as the regex reads it)
        }

        // "end of the month", "mid the year" (the pattern allows "the" twice after an edge): look past the "the"s.
        for (var steps = 0; steps < 3 && text.AsSpan(start, wordEnd - start).Equals("the", StringComparison.OrdinalIgnoreCase); steps++)
        {
            if (PreviousWord(text, start, alsoHyphens: true) is not var (s, e))
            {
                return false;
            }

            (start, wordEnd) = (s, e);
        }

        return WordScan.IsAny(text.AsSpan(start, wordEnd - start), PeriodLeadsBeforeThe);
    }

    private static int UnitLength(string text, int at, bool plural)
    {
        var rest = text.AsSpan(at);
        var length = rest.StartsWith("weekend", StringComparison.OrdinalIgnoreCase) && !plural ? 7
            : rest.StartsWith("quarter", StringComparison.OrdinalIgnoreCase) ? 7
            : rest.StartsWith("fortnight", StringComparison.OrdinalIgnoreCase) ? 9
            : rest.StartsWith("month", StringComparison.OrdinalIgnoreCase) ? 5
            : rest.StartsWith("day", StringComparison.OrdinalIgnoreCase) ? 3
            : 4;
        return plural && at + length < text.Length && text[at + length] is 's' or 'S' ? length + 1 : length;
    }

    /// <summary>The word before <paramref name="index"/> past separators (whitespace, and hyphens when asked), or null.</summary>
    private static (int Start, int End)? PreviousWord(string text, int index, bool alsoHyphens)
    {
        var end = index;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || (alsoHyphens && text[end - 1] == '-')))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        return start < end && end < index ? (start, end) : null;
    }

    /// <summary>The word after <paramref name="index"/> past whitespace and hyphens, or null.</summary>
    private static (int Start, int End)? NextWord(string text, int index)
    {
        var start = index;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '-'))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return start > index && end > start ? (start, end) : null;
    }
}
