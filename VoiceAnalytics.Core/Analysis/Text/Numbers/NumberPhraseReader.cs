using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Text.Numbers;

/// <summary>Reads one number phrase starting at a token: digits ("1,500", "2k", "10:30") or words ("a couple hundred").</summary>
internal static class NumberPhraseReader
{
    private static readonly WordSet AfterArticle = new("hundred", "thousand", "million", "dozen", "couple", "few", "half");

    /// <summary>
    /// Every word a spelled-out phrase can open with: an article, a quantity word or a number word. Most words of a
    /// turn are none of these, and one set lookup rules them out before the readers compare them word by word.
    /// </summary>
    private static readonly WordSet PhraseOpeners = new([.. NumberWords.Spelled, "a", "an", "half", "couple", "few", "dozen"]);

    public static bool TryRead(TokenizedText text, int index, out NumberPhrase phrase)
    {
        phrase = default;
        if (text[index].IsDigits)
        {
            return DigitPhraseReader.TryRead(text, index, out phrase);
        }

        return text.In(index, PhraseOpeners) && TryReadWords(text, index, out phrase);
    }

    private static bool TryReadWords(TokenizedText text, int index, out NumberPhrase phrase)
    {
        phrase = default;
        var start = index;
        var bareScale = false;
        if (text.Is(index, "a") || text.Is(index, "an"))
        {
            start = index + 1; // "a hundred", "a dozen", "a couple hundred"; not "a five"
            bareScale = true;
            if (!text.In(start, AfterArticle))
            {
                return false;
            }
        }

        if (text.Is(start, "half") || text.Is(start, "couple") || text.Is(start, "few") || text.Is(start, "dozen"))
        {
            return NumberQuantifiers.TryRead(text, index, start, out phrase);
        }

        if (!NumberWordSequence.TryRead(text, start, bareScale, out var value, out var end, out var scale))
        {
            return false;
        }

        if (text.Is(end, "dozen"))
        {
            value *= 12; // "two dozen"
            end++;
        }

        var single = end == start + 1;
        if (single && text.Is(start, "one") && IsPronoun(text, start))
        {
            return false;
        }

        var flags = NumberPhraseFlags.Words;
        if (single && value < 10)
        {
            flags |= NumberPhraseFlags.SingleDigitWord;
        }

        if (single && value is 19 or 20)
        {
            flags |= NumberPhraseFlags.YearHead; // "twenty twenty-six"
        }

        flags |= IshAfter(text, ref end);
        phrase = NumberPhrase.Single(value, index, end, flags, scale);
        return true;
    }

    /// <summary>"the one", "this one", "no one", "one-on-one" are not counts.</summary>
    private static bool IsPronoun(TokenizedText text, int index) =>
        text.In(index - 1, NumberWords.PronounDeterminers)
        || text.In(index - 1, NumberWords.Ordinals)
        || (text.IsSymbol(index + 1, '-') && text.Is(index + 2, "on"));

    /// <summary>"eighty-ish", "30ish": consumes the suffix and marks the phrase approximate.</summary>
    public static NumberPhraseFlags IshAfter(TokenizedText text, ref int end)
    {
        if (text.IsSymbol(end, '-') && text.Touch(end - 1, end) && text.Is(end + 1, "ish"))
        {
            end += 2;
            return NumberPhraseFlags.Approximate;
        }

        if (text.Touch(end - 1, end) && text.Is(end, "ish"))
        {
            end++;
            return NumberPhraseFlags.Approximate;
        }

        return NumberPhraseFlags.None;
    }
}
