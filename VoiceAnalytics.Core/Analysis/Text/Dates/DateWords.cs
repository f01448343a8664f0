namespace VoiceAnalytics.Core.Analysis.Text.Dates;

/// <summary>The words spoken dates are made of: counts ("a couple of"), ordinals ("thirty first"), months, weekdays.</summary>
public static class DateWords
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] Ordinals =
    [
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth", "twentieth",
    ];

    private static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ];

    /// <summary>A spoken count: "3", "three", "a", "a couple of", "a few", "several"; null when not a count.</summary>
    public static int? Count(ReadOnlySpan<char> word)
    {
        word = word.Trim();
        if (int.TryParse(word, out var number))
        {
            return number;
        }

        if (word.StartsWith("a couple", StringComparison.OrdinalIgnoreCase) || word.StartsWith("couple", StringComparison.OrdinalIgnoreCase))
        {
            return 2;
        }

        if (word.EndsWith("few", StringComparison.OrdinalIgnoreCase) || word.Equals("several", StringComparison.OrdinalIgnoreCase))
        {
            return 3;
        }

        if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        return IndexOf(Units, word) is var i and >= 0 ? i : SpelledTens(word);
    }

    /// <summary>"thirty", "forty five", "forty-five" as speech-to-text spells them; null otherwise.</summary>
    private static int? SpelledTens(ReadOnlySpan<char> word)
    {
        var split = word.IndexOfAny(' ', '-');
        var tens = IndexOf(Tens, split < 0 ? word : word[..split]);
        if (tens < 2)
        {
            return null;
        }

        if (split < 0)
        {
            return tens * 10;
        }

        var unit = IndexOf(Units, word[(split + 1)..].TrimStart());
        return unit is >= 1 and <= 9 ? tens * 10 + unit : null;
    }

    /// <summary>A day of the month: "15", "15th", "fifteenth", "thirty first", "twenty-second"; null otherwise.</summary>
    public static int? DayOfMonth(ReadOnlySpan<char> word)
    {
        word = word.Trim();
        var digits = word.TrimEnd("stndrdth");
        if (digits.Length > 0 && int.TryParse(digits, out var number))
        {
            return number is >= 1 and <= 31 ? number : null;
        }

        var tens = 0;
        if (word.StartsWith("twenty", StringComparison.OrdinalIgnoreCase) && word.Length > 7)
        {
            tens = 20;
            word = word[7..];
        }
        else if (word.StartsWith("thirty", StringComparison.OrdinalIgnoreCase) && word.Length > 7)
        {
            tens = 30;
            word = word[7..];
        }

        if (word.Equals("thirtieth", StringComparison.OrdinalIgnoreCase))
        {
            return 30;
        }

        var ordinal = IndexOf(Ordinals, word);
        var day = tens + ordinal;
        return ordinal > 0 && day <= 31 ? day : null;
    }

    /// <summary>1-12 for a month name, else 0.</summary>
    public static int Month(ReadOnlySpan<char> word) => IndexOf(Months, word) + 1;

    public static DayOfWeek? Weekday(ReadOnlySpan<char> word)
    {
        for (var d = DayOfWeek.Sunday; d <= DayOfWeek.Saturday; d++)
        {
            if (word.Equals(d.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>1-4 for "first".."fourth", "1st".."4th", "one".."four" or a digit; 0 otherwise.</summary>
    public static int QuarterNumber(ReadOnlySpan<char> word)
    {
        var n = DayOfMonth(word) ?? Count(word) ?? 0;
        return n is >= 1 and <= 4 ? n : 0;
    }

    private static int IndexOf(string[] words, ReadOnlySpan<char> word)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (word.Equals(words[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
