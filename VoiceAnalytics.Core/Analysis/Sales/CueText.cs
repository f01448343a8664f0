using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales;

/// <summary>Cue lookups in a span of speech: whole words, or phrases on word boundaries, case-insensitive.</summary>
internal static class CueText
{
    public static bool HasWord(ReadOnlySpan<char> text, ReadOnlySpan<string> words)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!SpeechTokenizer.IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && SpeechTokenizer.IsWordChar(text[i]))
            {
                i++;
            }

            if (WordScan.IsAny(text[start..i], words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The clause around <paramref name="index"/>: between commas, semicolons, colons and sentence ends, reaching at
    /// most <see cref="SpeechReach.MaxChars"/> either way (an unpunctuated turn is one clause).
    /// </summary>
    public static (int Start, int End) Clause(string text, int index)
    {
        var start = Math.Clamp(index, 0, text.Length);
        var floor = SpeechReach.Floor(text, start);
        while (start > floor && !WordScan.IsClauseBreak(text[start - 1]))
        {
            start--;
        }

        var end = Math.Clamp(index, 0, text.Length);
        var ceiling = SpeechReach.Ceiling(text, end);
        while (end < ceiling && !WordScan.IsClauseBreak(text[end]))
        {
            end++;
        }

        return (start, end);
    }

    public static ReadOnlySpan<char> ClauseSpan(string text, int index)
    {
        var (start, end) = Clause(text, index);
        return text.AsSpan(start, end - start);
    }

    public static ReadOnlySpan<char> SentenceSpan(string text, int index)
    {
        var (start, end) = SentenceBounds.Around(text, index);
        return text.AsSpan(start, end - start);
    }
}
