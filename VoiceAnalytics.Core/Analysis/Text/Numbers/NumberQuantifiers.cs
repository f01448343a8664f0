using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Text.Numbers;

/// <summary>Quantity words: "a dozen", "half a dozen", "a couple (of)", "a couple dozen", "a few hundred".</summary>
internal static class NumberQuantifiers
{
    /// <param name="first">Where the phrase starts (an "a" when there is one).</param>
    /// <param name="word">The quantity word itself.</param>
    public static bool TryRead(TokenizedText text, int first, int word, out NumberPhrase phrase)
    {
        phrase = default;
        if (text.Is(word, "dozen"))
        {
            phrase = NumberPhrase.Single(12, first, word + 1, NumberPhraseFlags.Words, 12);
            return true;
        }

        if (text.Is(word, "half"))
        {
            return TryHalf(text, first, word, out phrase);
        }

        // "couple" is two, loosely; "few" is a number only with a scale ("a few hundred").
        var isCouple = text.Is(word, "couple");
        var factor = isCouple ? 2 : 3;
        var next = text.Is(word + 1, "of") ? word + 2 : word + 1;
        const NumberPhraseFlags Loose = NumberPhraseFlags.Words | NumberPhraseFlags.Approximate;
        if (TryScale(text, next, out var scale))
        {
            phrase = NumberPhrase.Single(factor * scale, first, next + 1, Loose, scale);
            return true;
        }

        if (isCouple)
        {
            phrase = NumberPhrase.Single(2, first, word + 1, Loose);
            return true;
        }

        return false;
    }

    private static bool TryHalf(TokenizedText text, int first, int word, out NumberPhrase phrase)
    {
        phrase = default;
        var next = text.Is(word + 1, "a") ? word + 2 : word + 1; // "half a dozen", "a half dozen"
        if (!TryScale(text, next, out var scale))
        {
            return false;
        }

        phrase = NumberPhrase.Single(scale / 2.0, first, next + 1, NumberPhraseFlags.Words, scale);
        return true;
    }

    private static bool TryScale(TokenizedText text, int index, out int scale)
    {
        if (text.Is(index, "dozen"))
        {
            scale = 12;
            return true;
        }

        scale = 0;
        return text.IsWord(index) && NumberWords.TryValue(text.Span(index), out scale) && NumberWords.IsScale(scale);
    }
}
