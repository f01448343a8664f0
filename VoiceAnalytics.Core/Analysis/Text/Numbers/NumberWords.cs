using System.Collections.Frozen;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Text.Numbers;

/// <summary>The words that spell numbers, and the context words the number parser reads around them.</summary>
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Values =
        new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
            ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
            ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
            ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40,
            ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
            ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000,
        }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly WordSet Months = new(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    public static readonly WordSet Weekdays = new(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "tonight");

    public static readonly WordSet DurationUnits = new(
        "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
        "day", "days", "week", "weeks", "wk", "wks", "month", "months", "mo", "mos", "year", "years", "yr", "yrs",
        "quarter", "quarters", "fortnight", "fortnights", "decade", "decades", "night", "nights", "weekend",
        "weekends", "semester", "semesters", "season", "seasons");

    /// <summary>Words that may sit between a number and its time unit ("two more weeks", "30 business days").</summary>
    public static readonly WordSet DurationFillers = new(
        "more", "full", "whole", "extra", "additional", "straight", "long", "short", "business", "working",
        "calendar", "consecutive", "of", "or", "so", "other");

    public static readonly WordSet CurrencyWords = new(
        "dollars", "dollar", "bucks", "buck", "usd", "cents", "cent", "euros", "euro", "eur", "pounds", "quid",
        "gbp", "grand");

    /// <summary>Words after "a"/"per" that make a number a price ("40 a seat", "$12 per user").</summary>
    public static readonly WordSet PricedUnits = new("seat", "user", "head", "license", "licence", "person");

    public static readonly WordSet Ordinals = new(
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth");

    /// <summary>Words before a number that make it a label ("SOC 2", "version 3", "Dynamics 365", "tier 1").</summary>
    public static readonly WordSet IdentifierCues = new(
        "soc", "type", "version", "v", "level", "tier", "step", "phase", "number", "page", "section",
        "chapter", "option", "dynamics", "office", "windows", "iphone", "ios", "android", "suite", "room",
        "floor", "route", "highway", "interstate", "apartment", "apt", "zip", "code", "model", "gen", "series",
        "covid", "iso", "form", "item", "rule", "article", "grade", "top");

    public static readonly WordSet YearCues = new(
        "in", "since", "by", "until", "till", "from", "before", "after", "during", "of", "early", "late", "mid",
        "fiscal", "fy", "year", "spring", "summer", "fall", "autumn", "winter", "back", "through", "circa");

    /// <summary>Words before "of" that make the next number a year ("end of 2026", "spring of 2027").</summary>
    public static readonly WordSet YearOfCues = new(
        "end", "start", "beginning", "middle", "spring", "summer", "fall", "autumn", "winter", "half", "rest", "class");

    /// <summary>Hedges said before a number ("about 30", "maybe forty", "somewhere around 20").</summary>
    public static readonly WordSet HedgesBefore = new(
        "about", "around", "roughly", "approximately", "approx", "maybe", "probably", "perhaps", "possibly",
        "like", "nearly", "almost", "close", "somewhere", "something", "upwards", "over", "under", "least", "most",
        "ballpark", "estimate", "say", "guess", "guessing", "think", "than", "potentially", "circa", "prob",
        "approaching", "averaging");

    /// <summary>Words between two numbers that mean the second corrects the first ("thirty, no, thirty-five").</summary>
    public static readonly WordSet Corrections = new("no", "sorry", "mean", "actually", "rather", "wait", "correction", "make", "scratch");

    /// <summary>Filler that may sit inside a correction ("thirty, no wait, I mean thirty-five").</summary>
    public static readonly WordSet CorrectionFillers = new("i", "or", "that", "well", "um", "uh", "er", "oops", "like", "more");

    /// <summary>Words before "one" that make it a pronoun ("the one", "this one", "no one").</summary>
    public static readonly WordSet PronounDeterminers = new(
        "the", "this", "that", "which", "each", "every", "any", "no", "another", "big", "main", "last", "next",
        "same", "right", "wrong", "other", "new", "old", "first", "best", "cheapest", "little", "someone's");

    /// <summary>Every word <see cref="Values"/> knows.</summary>
    public static IEnumerable<string> Spelled => Values.Dictionary.Keys;

    /// <summary>Every word <see cref="Values"/> knows, to rule out most words before hashing.</summary>
    private static readonly WordSet ValueWords = new(Spelled);

    public static bool TryValue(ReadOnlySpan<char> word, out int value)
    {
        value = 0;
        return ValueWords.Contains(word) && Values.TryGetValue(word, out value);
    }

    public static bool IsScale(int value) => value is 100 or 1_000 or 1_000_000;
}
