using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Text.Numbers;

/// <summary>
/// Amounts said the short way, a digit word then a tens word: "two fifty" (250), "three twenty" (320), "between
/// three fifty and four fifty" (350-450). Not a clock time: "at two thirty", "monday two fifty", "two forty pm".
/// </summary>
internal static class SpokenHundreds
{
    private static readonly WordSet TimeWordsBefore = new(
        "at", "by", "till", "til", "until", "before", "after", "since", "@");

    /// <summary>"we're at six fifty a month": "at" after a linking verb is a level, not a clock.</summary>
    private static readonly WordSet Levels = new("we're", "it's", "they're", "i'm", "are", "is", "was", "were", "currently", "sitting", "running");

    private static readonly WordSet TimeWordsAfter = new(
        "am", "pm", "a.m.", "p.m.", "o'clock", "oclock", "today", "tomorrow", "tonight", "tomorrow's", "eastern",
        "pacific", "central", "mountain", "est", "pst", "cst", "mst", "morning", "afternoon", "evening");

    /// <summary>The phrases with each "digit word + tens word" pair merged into one amount.</summary>
    public static List<NumberPhrase> Merge(TokenizedText text, List<NumberPhrase> phrases)
    {
        List<NumberPhrase>? merged = null;
        for (var i = 0; i < phrases.Count; i++)
        {
            if (i + 1 < phrases.Count && TryMerge(text, phrases[i], phrases[i + 1], out var amount))
            {
                merged ??= [.. phrases.Take(i)];
                merged.Add(amount);
                i++;
            }
            else
            {
                merged?.Add(phrases[i]);
            }
        }

        return merged ?? phrases;
    }

    private static bool TryMerge(TokenizedText text, NumberPhrase head, NumberPhrase tail, out NumberPhrase amount)
    {
        amount = default;
        var shape = head.Has(NumberPhraseFlags.SingleDigitWord) && head.Low is >= 1 and <= 9 && !head.Has(NumberPhraseFlags.Range)
            && tail.First == head.End && tail.Has(NumberPhraseFlags.Words) && !tail.Has(NumberPhraseFlags.Range)
            && tail.Low is >= 20 and <= 99 && tail.Low == tail.High && tail.Scale == 1;
        if (!shape || IsClock(text, head.First - 1, tail.End))
        {
            return false;
        }

        amount = NumberPhrase.Single((head.Low * 100) + tail.Low, head.First, tail.End, (head.Flags | tail.Flags) & ~NumberPhraseFlags.SingleDigitWord, 1);
        return true;
    }

    private static bool IsClock(TokenizedText text, int before, int after)
    {
        var anchor = text.In(before, NumberWords.HedgesBefore) ? before - 1 : before;
        var timeWord = text.In(anchor, TimeWordsBefore) && !(text.Is(anchor, "at") && text.In(anchor - 1, Levels));
        return timeWord || text.IsSymbol(anchor, '@') || text.In(anchor, NumberWords.Weekdays)
            || text.In(before, NumberWords.Weekdays) || text.In(after, TimeWordsAfter) || NumberCalendarContext.IsDottedMeridiem(text, after)
            || text.IsSymbol(after, ':');
    }
}
