using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Quality.Endings;

/// <summary>
/// Closings read by their shape rather than listed one by one: a well-wish built from "have", an optional article,
/// a kind word and a stretch of time ("have good weekend", "have a great rest of your day"); a reply in kind ("you
/// too", "likewise"); a farewell stretched in speech ("byeee"); and a bare "later" that signs off ("yep. later"), which
/// elsewhere ("maybe later", "I'll do it later") is no farewell.
/// </summary>
public static class ClosingShapes
{
    private static readonly WordSet Articles = WordSet.Of("a", "an");

    private static readonly WordSet KindWords = WordSet.Of(
        "good", "great", "nice", "lovely", "wonderful", "fantastic", "terrific", "awesome", "amazing", "excellent",
        "brilliant", "super", "safe", "productive", "relaxing", "restful", "peaceful", "happy", "blessed", "fun", "smooth",
        "beautiful", "fab", "fabulous", "pleasant", "splendid", "marvelous", "very", "really");

    private static readonly WordSet Stretches = WordSet.Of(
        "day", "afternoon", "morning", "evening", "night", "weekend", "week", "holiday", "holidays", "trip", "flight",
        "vacation", "break", "summer", "time", "season", "thanksgiving", "christmas", "friday", "monday", "tuesday",
        "wednesday", "thursday", "saturday", "sunday");

    private static readonly WordSet RestOwners = WordSet.Of("your", "the");

    private static readonly PhraseMatcher<bool> InKind = PhraseMatcher<bool>.From(
        new[] { "you too", "same to you", "likewise", "and you too", "to you too" }.Select(p => (p, true)));

    private static readonly WordSet SignOffs = WordSet.Of("later", "laters");

    private static readonly WordSet Stretchable = WordSet.Of("bye", "goodbye", "byebye", "later", "laters", "cya", "ciao");

    // What may stand before a sign-off "later" in its sentence: acknowledgements and fillers, nothing with content.
    private static readonly WordSet Acknowledgements = WordSet.Of(
        "yep", "yup", "yeah", "yes", "ok", "okay", "alright", "right", "cool", "sure", "great", "perfect", "thanks",
        "so", "well", "anyway", "k", "kk", "mm", "ah", "oh", "um", "uh", "alrighty", "good", "fine", "awesome", "sweet");

    /// <summary>Whether a closing of one of these shapes starts at word <paramref name="index"/>.</summary>
    public static bool StartsAt(string text, IReadOnlyList<SpokenWord> words, int index) =>
        WellWishAt(text, words, index) || InKind.IsMatch(text, words, index) || StretchedFarewellAt(text, words, index)
        || SignOffAt(text, words, index);

    /// <summary>"have [a] kind-word [rest of your|the] stretch", or "have a good one".</summary>
    public static bool WellWishAt(string text, IReadOnlyList<SpokenWord> words, int index)
    {
        if (!words[index].Is(text, "have"))
        {
            return false;
        }

        var i = index + 1;
        if (i < words.Count && Articles.Contains(text, words[i]))
        {
            i++;
        }

        var kind = 0;
        while (i < words.Count && kind < 3 && KindWords.Contains(text, words[i]))
        {
            i++;
            kind++;
        }

        if (kind == 0 || i >= words.Count)
        {
            return false;
        }

        if (words[i].Is(text, "one"))
        {
            return true;
        }

        if (words[i].Is(text, "rest") && i + 2 < words.Count && words[i + 1].Is(text, "of") && RestOwners.Contains(text, words[i + 2]))
        {
            i += 3;
        }

        return i < words.Count && Stretches.Contains(text, words[i]);
    }

    /// <summary>"byeee", "laterrr": a farewell whose last letter is drawn out.</summary>
    public static bool StretchedFarewellAt(string text, IReadOnlyList<SpokenWord> words, int index)
    {
        var word = words[index].In(text);
        var run = 1;
        while (run < word.Length && char.ToLowerInvariant(word[^(run + 1)]) == char.ToLowerInvariant(word[^1]))
        {
            run++;
        }

        return run > 1 && Stretchable.Contains(word[..(word.Length - run + 1)]);
    }

    /// <summary>A bare "later" that ends its clause, with nothing but acknowledgements before it in its sentence.</summary>
    public static bool SignOffAt(string text, IReadOnlyList<SpokenWord> words, int index)
    {
        if (!SignOffs.Contains(text, words[index]) || (index < words.Count - 1 && !words[index].EndsClause))
        {
            return false;
        }

        for (var i = index - 1; i >= 0 && !words[i].EndsSentence; i--)
        {
            if (!Acknowledgements.Contains(text, words[i]))
            {
                return false;
            }
        }

        return true;
    }
}
