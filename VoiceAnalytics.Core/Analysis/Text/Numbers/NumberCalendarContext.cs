using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Text.Numbers;

/// <summary>Calendar and clock readings of a number: durations, dates, years and times of day.</summary>
internal static class NumberCalendarContext
{
    /// <summary>Words after "at 10" that keep it a clock time ("at 10 works", "at 2 eastern").</summary>
    private static readonly WordSet TimeContinuations = new(
        "works", "is", "was", "suits", "sounds", "fits", "this", "its", "as", "plus", "yes", "est", "pst", "cst",
        "mst", "gmt", "utc", "eastern", "pacific", "central", "mountain", "sharp");

    /// <summary>"three weeks", "30-day", "two more years", "a couple of days".</summary>
    public static bool IsDurationAfter(TokenizedText text, int after)
    {
        var k = text.IsSymbol(after, '-') && text.Touch(after - 1, after) ? after + 1 : after;
        for (var skipped = 0; skipped <= 2; skipped++, k++)
        {
            if (text.In(k, NumberWords.DurationUnits))
            {
                return true;
            }

            if (!text.In(k, NumberWords.DurationFillers))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"a.m." and "p.m." written with dots.</summary>
    public static bool IsDottedMeridiem(TokenizedText text, int after) =>
        (text.Is(after, "a") || text.Is(after, "p")) && text.IsSymbol(after + 1, '.') && text.Is(after + 2, "m");

    /// <summary>A day of the month next to a month name: "March 3", "3 March", "the 3rd of March".</summary>
    public static bool IsDate(TokenizedText text, int before, int after, NumberPhrase phrase)
    {
        var dayOfMonth = !phrase.Has(NumberPhraseFlags.Range) && phrase.Low is >= 1 and <= 31 && phrase.Low % 1 == 0;
        return dayOfMonth
            && (text.In(before, NumberWords.Months) || text.In(after, NumberWords.Months) || (text.Is(after, "of") && text.In(after + 1, NumberWords.Months)));
    }

    /// <summary>A year: 1900-2099 said as a year ("in 2024", "2026 was rough", "twenty twenty-six").</summary>
    public static bool IsYear(TokenizedText text, int before, int after, NumberPhrase phrase)
    {
        // Spoken round thousands ("two thousand") are amounts; "two thousand twenty-four" is a year.
        var spokenYear = phrase.Has(NumberPhraseFlags.Words) && phrase.Low % 1000 != 0;
        var plainYear = phrase.Low is >= 1900 and <= 2099 && phrase.Low % 1 == 0 && !phrase.Has(NumberPhraseFlags.Range)
            && !phrase.Has(NumberPhraseFlags.Approximate)
            && (spokenYear || (phrase.Has(NumberPhraseFlags.Digits) && phrase.End == phrase.First + 1 && text[phrase.First].Length == 4));
        if (!plainYear)
        {
            return false;
        }

        // "of" makes a year only after a point in time ("end of 2026"), not in "a total of 2000".
        var yearCue = text.Is(before, "of") ? text.In(before - 1, NumberWords.YearOfCues) || text.In(before - 1, NumberWords.Months) : text.In(before, NumberWords.YearCues);
        if (yearCue || text.In(before, NumberWords.Months))
        {
            return true;
        }

        // "2000 a year", "2000 documents" are counts; "2024 was rough" is a year.
        var countFollows = text.Is(after, "a") || text.Is(after, "an") || text.Is(after, "per") || text.Is(after, "each")
            || text.Is(after, "every") || text.Is(after, "or") || text.Is(after, "to") || LooksPlural(text, after);
        return !countFollows;
    }

    /// <summary>"at 2", "tuesday at 10", "tomorrow 9": an hour of the day, unless people or things follow ("at 10 people").</summary>
    public static bool IsClockTime(TokenizedText text, int before, int after, NumberPhrase phrase)
    {
        if (phrase.High > 12)
        {
            return false;
        }

        var hedged = text.In(before, NumberWords.HedgesBefore);
        var anchor = hedged ? before - 1 : before;
        var cued = text.Is(anchor, "at") || text.IsSymbol(anchor, '@') || (text.In(anchor, NumberWords.Weekdays) && !hedged);
        return cued && (!LooksPlural(text, after) || text.In(after, TimeContinuations));
    }

    private static bool LooksPlural(TokenizedText text, int index)
    {
        if (!text.IsWord(index))
        {
            return false;
        }

        var word = text.Span(index);
        return word is "people" or "staff" or "folks" || (word.Length > 3 && word[^1] == 's' && word[^2] != 's');
    }
}
