using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing;

/// <summary>Finds period phrases: "a week", "per month", "in a typical month", "every two weeks", "annually", "/day".</summary>
internal static class VolumePeriodReader
{
    // "15 by week", "paid by the month": "by" reads as "per" when a unit follows.
    private static readonly WordSet Leads = new("a", "an", "per", "each", "every", "/", "last", "this", "past", "by");

    private static readonly WordSet WeekWords = new("weeks", "week");

    private static readonly WordSet Spans = new("in", "on", "over", "within", "for", "across", "throughout", "during");

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
        if ((text.In(k, Spans) || text.Is(k, "by")) && (text.Is(k + 1, "a") || text.Is(k + 1, "an") || text.Is(k + 1, "the")))
        {
            k++; // "in a typical month", "over the year"
        }
        else if (!text.In(k, Leads) && !text.IsSymbol(k, '/'))
        {
            return null;
        }

        if (text.Is(k, "every") && (text.Is(k + 1, "two") || text.Is(k + 1, "other")) && text.In(k + 2, WeekWords))
        {
            return new VolumePeriodMatch(VolumePeriod.Fortnight, index, k + 3); // "every two weeks", "every other week"
        }

        k++;
        for (var adjectives = 0; adjectives < 2 && text.In(k, Adjectives); adjectives++)
        {
            k++;
        }

        return text.IsWord(k) && VolumePeriod.FromUnit(text.Span(k)) is { } period ? new VolumePeriodMatch(period, index, k + 1) : null;
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
