using VoiceAnalytics.Core.Analysis.Text.Numbers;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Volume;

/// <summary>Finds period phrases: "a week", "per month", "in a typical month", "every two weeks", "annually", "/day", "per term".</summary>
internal static class VolumePeriodReader
{
    // "15 by week", "paid by the month": "by" reads as "per" when a unit follows.
    private static readonly WordSet Leads = new("a", "an", "per", "each", "every", "/", "last", "this", "past", "by");

    // "every two weeks" is read before these; "in two weeks" is a deadline, not a period.
    private static readonly WordSet MultipleLeads = new("per", "every", "each");

    private static readonly WordSet WeekWords = new("weeks", "week");

    /// <summary>Seasons that come round once a year ("every spring we send 300 renewals").</summary>
    private static readonly WordSet YearlySeasons = new("spring", "summer", "fall", "autumn", "winter");

    private static readonly WordSet Spans = new("in", "on", "over", "within", "for", "across", "throughout", "during");

    // "depending on the month", "varies by the week": the period a figure changes with, not the one it is counted over.
    private static readonly WordSet Variation = new("depending", "depends", "depend", "varies", "vary", "varying", "based", "changes", "fluctuates");

    private static readonly WordSet Adjectives = new(
        "typical", "normal", "average", "good", "busy", "slow", "regular", "given", "usual", "single", "business",
        "working", "calendar", "fiscal", "whole", "standard", "ordinary", "decent", "bad", "quiet", "peak", "big",
        "entire", "full");

    /// <summary>A period phrase starting at <paramref name="index"/>, or null.</summary>
    public static VolumePeriodMatch? At(TokenizedText text, int index)
    {
        if (text.IsWord(index) && VolumePeriod.FromAdverb(text.Span(index)) is { } adverb)
        {
            return new VolumePeriodMatch(adverb, index, index + 1);
        }

        var k = index;
        // "in one term", "in one year": a spoken "one" before the unit is the article ("over one year, about 2,400").
        if ((text.In(k, Spans) || text.Is(k, "by")) && (text.Is(k + 1, "a") || text.Is(k + 1, "an") || text.Is(k + 1, "the") || (text.Is(k + 1, "one") && text.In(k, Spans))))
        {
            if (text.In(k - 1, Variation))
            {
                return null;
            }

            k++; // "in a typical month", "over the year"
        }
        else if (!text.In(k, Leads) && !text.IsSymbol(k, '/') && !IsBareFor(text, k))
        {
            return null;
        }

        if (text.Is(k, "every") && (text.Is(k + 1, "two") || text.Is(k + 1, "other")) && text.In(k + 2, WeekWords))
        {
            return new VolumePeriodMatch(VolumePeriod.Fortnight, index, k + 3); // "every two weeks", "every other week"
        }

        if ((text.Is(k, "every") || text.Is(k, "each")) && (text.In(k + 1, NumberWords.Months) || text.In(k + 1, YearlySeasons)))
        {
            return new VolumePeriodMatch(VolumePeriod.Year, index, k + 2); // "every February", "each spring": a batch sent once a year
        }

        if (text.In(k, MultipleLeads) && MultipleOf(text, k + 1) is { } multiple)
        {
            return new VolumePeriodMatch(multiple, index, k + 3); // "per two weeks", "every three months"
        }

        k++;
        for (var adjectives = 0; adjectives < 2 && text.In(k, Adjectives); adjectives++)
        {
            k++;
        }

        if (!text.IsWord(k))
        {
            return null;
        }

        var period = VolumePeriod.FromUnit(text.Span(k)) ?? AcademicTermPeriod.At(text, k);
        return period is null ? null : new VolumePeriodMatch(period, index, k + 1);
    }

    /// <summary>
    /// "eighty for week", "ten for month": a non-native "for" with no article before a single unit reads as "per"
    /// ("for a week" stays a duration; "for month end" is a deadline).
    /// </summary>
    private static bool IsBareFor(TokenizedText text, int k) =>
        text.Is(k, "for") && text.IsWord(k + 1) && VolumePeriod.FromUnit(text.Span(k + 1)) is not null && !text.Is(k + 2, "end");

    /// <summary>"two weeks", "3 months", "six months": a unit counted more than once, as one period.</summary>
    private static VolumePeriod? MultipleOf(TokenizedText text, int k)
    {
        if (!text.InRange(k + 1) || !text.IsWord(k + 1) || !TryUnitCount(text, k, out var times) || times is < 2 or > 12)
        {
            return null;
        }

        var unit = text.Span(k + 1);
        var single = unit.EndsWith("s") ? VolumePeriod.FromUnit(unit[..^1]) : null;
        return single is null ? null : VolumePeriod.Multiple(single, times);
    }

    private static bool TryUnitCount(TokenizedText text, int k, out int times)
    {
        times = 0;
        return text.InRange(k) && (text[k].IsDigits ? int.TryParse(text.Span(k), out times) : text.IsWord(k) && NumberWords.TryValue(text.Span(k), out times));
    }

    /// <summary>The first period phrase in tokens [from, to), or null.</summary>
    public static VolumePeriodMatch? FirstIn(TokenizedText text, int from, int to)
    {
        for (var k = Math.Max(0, from); k < Math.Min(to, text.Count); k++)
        {
            if (At(text, k) is { } match)
            {
                return match;
            }
        }

        return null;
    }
}
