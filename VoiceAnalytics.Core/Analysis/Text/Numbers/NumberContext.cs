using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Text.Numbers;

/// <summary>Decides what a number phrase stands for from the words around it: a count, or a price, time, date...</summary>
internal static class NumberContext
{
    private static readonly WordSet TimeWordsAfter = new("am", "pm", "o'clock", "oclock", "noon");

    public static NumberKind Classify(TokenizedText text, NumberPhrase phrase, NumberKind? previousKind, int previousEnd)
    {
        if (FromFlags(phrase) is { } flagged)
        {
            return flagged;
        }

        var before = phrase.First - 1;
        var after = phrase.End;
        if (BeforeKind(text, before, phrase) is { } left)
        {
            return left;
        }

        if (AfterKind(text, after, phrase) is { } right)
        {
            return right;
        }

        if (NumberCalendarContext.IsDate(text, before, after, phrase))
        {
            return NumberKind.Date;
        }

        if (NumberCalendarContext.IsYear(text, before, after, phrase))
        {
            return NumberKind.Year;
        }

        // "monday at nine thirty": the minutes after a clock time.
        if (previousKind == NumberKind.Time && previousEnd == phrase.First && phrase.High < 60)
        {
            return NumberKind.Time;
        }

        return NumberCalendarContext.IsClockTime(text, before, after, phrase) ? NumberKind.Time : NumberKind.Count;
    }

    private static NumberKind? FromFlags(NumberPhrase phrase)
    {
        if (phrase.Has(NumberPhraseFlags.Phone))
        {
            return NumberKind.Phone;
        }

        if (phrase.Has(NumberPhraseFlags.SpokenYear) || phrase.Has(NumberPhraseFlags.Decade))
        {
            return NumberKind.Year;
        }

        if (phrase.Has(NumberPhraseFlags.TimeOfDay))
        {
            return NumberKind.Time;
        }

        if (phrase.Has(NumberPhraseFlags.Multiplier))
        {
            return NumberKind.Frequency;
        }

        if (phrase.Has(NumberPhraseFlags.Ordinal))
        {
            return NumberKind.Ordinal;
        }

        return phrase.Has(NumberPhraseFlags.Identifier) ? NumberKind.Identifier : null;
    }

    private static NumberKind? BeforeKind(TokenizedText text, int before, NumberPhrase phrase)
    {
        if (text.IsSymbol(before, '$') || text.IsSymbol(before, '€') || text.IsSymbol(before, '£') || text.Is(before, "usd"))
        {
            return NumberKind.Price;
        }

        if (text.IsSymbol(before, '/') && text.Touch(before, phrase.First) && text.InRange(before - 1) && text[before - 1].IsDigits)
        {
            return NumberKind.Date; // the "15" of "12/15"
        }

        var touchingLetters = text.IsWord(before) && text.Touch(before, phrase.First) && phrase.Has(NumberPhraseFlags.Digits);
        if (touchingLetters || text.IsSymbol(before, '#') || text.In(before, NumberWords.IdentifierCues))
        {
            return NumberKind.Identifier; // "q4", "#3", "SOC 2"
        }

        return null;
    }

    private static NumberKind? AfterKind(TokenizedText text, int after, NumberPhrase phrase)
    {
        if (text.IsSymbol(after, '%') || text.Is(after, "percent") || text.Is(after, "pct") || (text.Is(after, "per") && text.Is(after + 1, "cent")))
        {
            return NumberKind.Percent;
        }

        if (text.In(after, NumberWords.CurrencyWords) || ((text.Is(after, "a") || text.Is(after, "per")) && text.In(after + 1, NumberWords.PricedUnits)))
        {
            return NumberKind.Price;
        }

        if (text.Is(after, "times") || text.Is(after, "x"))
        {
            return NumberKind.Frequency;
        }

        if (text.In(after, TimeWordsAfter) || NumberCalendarContext.IsDottedMeridiem(text, after))
        {
            return NumberKind.Time;
        }

        if (text.IsSymbol(after, '/') && text.Touch(after - 1, after) && text.InRange(after + 1) && text[after + 1].IsDigits)
        {
            return NumberKind.Date; // "12/15", "24/7"
        }

        if (text.In(after, NumberWords.Ordinals) && !phrase.Has(NumberPhraseFlags.Range) && phrase.Low >= 20 && phrase.Low % 10 == 0)
        {
            return NumberKind.Ordinal; // "the thirty first"
        }

        return NumberCalendarContext.IsDurationAfter(text, after) || text.Is(after, "ago") ? NumberKind.Duration : null;
    }
}
