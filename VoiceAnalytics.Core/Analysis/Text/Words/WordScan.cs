namespace VoiceAnalytics.Core.Analysis.Text.Words;

/// <summary>
/// Word-by-word walking over transcribed text in place, for readers that look at a few words around one offset: the
/// words are <see cref="SpeechTokenizer"/>'s split grain (<see cref="SpeechTokenizer.IsWordChar"/>); clause breaks
/// are sentence ends and the punctuation speech-to-text puts between clauses.
/// </summary>
public static class WordScan
{
    public static bool IsClauseBreak(char c) => c is '.' or '?' or '!' or ';' or ',' or ':';

    public static bool IsSentenceEnd(char c) => c is '.' or '?' or '!';

    /// <summary>Whether a sentence ends in <c>text[from..to)</c>.</summary>
    public static bool SentenceEndsBetween(string text, int from, int to) => text.AsSpan(from, Math.Max(0, to - from)).IndexOfAny(".?!") >= 0;

    /// <summary>Whether one of <paramref name="words"/> is among the <paramref name="reach"/> words before <paramref name="index"/>, in the same clause.</summary>
    public static bool AnyBefore(string text, int index, ReadOnlySpan<string> words, int reach)
    {
        for (var i = 0; i < reach; i++)
        {
            var (start, end) = Previous(text, index, out var crossed);
            if (start < 0 || crossed)
            {
                return false;
            }

            if (IsAny(text.AsSpan(start, end - start), words))
            {
                return true;
            }

            index = start;
        }

        return false;
    }

    /// <summary>The word ending before <paramref name="index"/>, or (-1, -1); <paramref name="crossedBreak"/> tells whether a clause break lies between.</summary>
    public static (int Start, int End) Previous(string text, int index, out bool crossedBreak)
    {
        crossedBreak = false;
        var end = Math.Min(index, text.Length);
        while (end > 0 && !SpeechTokenizer.IsWordChar(text[end - 1]))
        {
            crossedBreak |= IsClauseBreak(text[end - 1]);
            end--;
        }

        if (end == 0)
        {
            return (-1, -1);
        }

        var start = end;
        while (start > 0 && SpeechTokenizer.IsWordChar(text[start - 1]))
        {
            start--;
        }

        return (start, end);
    }

    /// <summary>The word starting at or after <paramref name="index"/>, or (-1, -1); <paramref name="crossedBreak"/> tells whether a clause break lies between.</summary>
    public static (int Start, int End) Next(string text, int index, out bool crossedBreak)
    {
        crossedBreak = false;
        var start = Math.Max(index, 0);
        while (start < text.Length && !SpeechTokenizer.IsWordChar(text[start]))
        {
            crossedBreak |= IsClauseBreak(text[start]);
            start++;
        }

        if (start >= text.Length)
        {
            return (-1, -1);
        }

        var end = start;
        while (end < text.Length && SpeechTokenizer.IsWordChar(text[end]))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>True when the word is one of <paramref name="words"/> (ordinal, case-insensitive; curly apostrophes read as straight).</summary>
    public static bool IsAny(ReadOnlySpan<char> word, ReadOnlySpan<string> words)
    {
        foreach (var candidate in words)
        {
            if (EqualsWord(word, candidate))
            {
                return true;
            }
        }

        return false;
    }

    public static bool EqualsWord(ReadOnlySpan<char> word, string candidate)
    {
        if (word.Length != candidate.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i] == '’' ? '\'' : char.ToLowerInvariant(word[i]);
            if (c != candidate[i])
            {
                return false;
            }
        }

        return true;
    }
}
