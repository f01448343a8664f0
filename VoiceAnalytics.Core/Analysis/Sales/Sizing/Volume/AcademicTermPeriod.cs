using VoiceAnalytics.Core.Analysis.Text.Numbers;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Volume;

/// <summary>
/// A school term as the period of a volume ("about sixty per term", "300 each semester"). A term's length varies by
/// school, so the turn says how many there are: "we have three terms", "four terms a year", "one term is three
/// months", or the terms named by season ("fall, spring and summer"); without that, a semester is half a year and a
/// term or trimester a third. Read only when a period phrase ends on a term word, so it costs nothing elsewhere.
/// </summary>
internal static class AcademicTermPeriod
{
    private static readonly WordSet Singular = new("term", "semester", "trimester");
    private static readonly WordSet Plural = new("terms", "semesters", "trimesters");
    private static readonly WordSet Months = new("months", "month");

    // A school year names its terms by season: each distinct season is one term.
    private static readonly WordSet Fall = new("fall", "autumn");

    /// <summary>The period a term word at <paramref name="unit"/> names, or null when it is no term word.</summary>
    public static VolumePeriod? At(TokenizedText text, int unit)
    {
        if (!text.In(unit, Singular))
        {
            return null;
        }

        var perYear = StatedPerYear(text) ?? (text.Is(unit, "semester") ? 2 : 3);
        return new VolumePeriod(text.Span(unit).ToString(), perYear / 12.0);
    }

    /// <summary>Terms a year the turn states: a count of terms, a term's length in months, or the seasons it names.</summary>
    private static double? StatedPerYear(TokenizedText text)
    {
        var seasons = 0;
        for (var k = 0; k < text.Count; k++)
        {
            if (text.In(k, Plural) && Small(text, k - 1) is { } terms and >= 2 and <= 6)
            {
                return terms; // "we have three terms", "we run four terms a year"
            }

            if (text.In(k, Singular) && text.Is(k + 1, "is") && Small(text, k + 2) is { } months and >= 2 and <= 6 && text.In(k + 3, Months))
            {
                return 12.0 / months; // "one term is three months"
            }

            seasons |= text.In(k, Fall) ? 1 : text.Is(k, "spring") ? 2 : text.Is(k, "summer") ? 4 : text.Is(k, "winter") ? 8 : 0;
        }

        var named = int.PopCount(seasons);
        return named >= 2 ? named : null; // "we have fall, spring and summer"
    }

    private static int? Small(TokenizedText text, int k)
    {
        if (!text.InRange(k))
        {
            return null;
        }

        if (text[k].IsDigits)
        {
            return int.TryParse(text.Span(k), out var digits) ? digits : null;
        }

        return text.IsWord(k) && NumberWords.TryValue(text.Span(k), out var value) ? value : null;
    }
}
