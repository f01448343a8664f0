using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal;

/// <summary>
/// Clause and negation helpers for the deal extractors. A clause ends at punctuation or at "but" / "so" / "because",
/// so "it's not my call, I'd bring it to our GM" keeps the "not" away from "our GM".
/// </summary>
internal static class DealText
{
    private const int NegationReach = 3;

    // Speech-to-text writes both ASCII and typographic apostrophes.
    private static readonly string[] Negators = WithCurlyApostrophes(
    [
        "not", "no", "never", "nobody", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "isn't", "isnt",
        "aren't", "arent", "won't", "wont", "wasn't", "weren't", "shouldn't", "wouldn't",
    ]);

    private static readonly string[] ClauseBreaks = ["but", "so", "because", "though", "although"];

    /// <summary>True when a negator sits within a few words before <paramref name="index"/> in the same clause.</summary>
    public static bool IsNegatedBefore(string text, int index, int reach = NegationReach) =>
        NegatorBefore(text, index, reach) is not null;

    /// <summary>
    /// The nearest negator within <paramref name="reach"/> words before <paramref name="index"/> in the same clause, with
    /// the word that follows it (null when the negator is the word right before <paramref name="index"/>).
    /// </summary>
    private static ((int Start, int End) Negator, (int Start, int End)? After)? NegatorBefore(string text, int index, int reach)
    {
        var cursor = index;
        (int Start, int End)? after = null;
        for (var i = 0; i < reach; i++)
        {
            if (PreviousWord(text, cursor) is not { } word)
            {
                return null;
            }

            var w = text.AsSpan(word.Start, word.End - word.Start);
            if (IsAny(w, ClauseBreaks))
            {
                return null;
            }

            if (IsAny(w, Negators))
            {
                return (word, after);
            }

            after = word;
            cursor = word.Start;
        }

        return null;
    }

    /// <summary>True when the matched text itself holds a negator ("I'm not totally sold").</summary>
    public static bool ContainsNegator(ReadOnlySpan<char> span)
    {
        foreach (var range in span.Split(' '))
        {
            if (IsAny(span[range], Negators))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// As <see cref="IsNegatedBefore"/>, but a negator whose object is the user ("it's not me, the board gives the
    /// money", "not mine, our CFO's") denies the user, not what follows, so it does not negate <paramref name="index"/>.
    /// </summary>
    public static bool IsNegatedBeforeOtherThanSelf(string text, int index) =>
        NegatorBefore(text, index, NegationReach) is { } hit
        && (hit.After is not { } next || !IsAny(text.AsSpan(next.Start, next.End - next.Start), SelfWords));

    private static readonly string[] SelfWords = ["me", "mine", "myself", "i"];

    /// <summary>The word ending before <paramref name="index"/> in the same clause, or null at punctuation or the start.</summary>
    public static (int Start, int End)? PreviousWord(string text, int index)
    {
        var end = index;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && IsWordChar(text[start - 1]))
        {
            start--;
        }

        return start < end ? (start, end) : null;
    }

    /// <summary>The run of letters starting after spaces at <paramref name="index"/>, or null at punctuation, a digit or the end.</summary>
    public static (int Start, int End)? NextWord(string text, int index)
    {
        var start = index;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > start ? (start, end) : null;
    }

    /// <summary>Start of the clause holding <paramref name="index"/>: after the last , ; : . ? ! before it, at most <see cref="SpeechReach.MaxChars"/> back.</summary>
    public static int ClauseStart(string text, int index)
    {
        var i = Math.Min(index, text.Length);
        var floor = SpeechReach.Floor(text, i);
        while (i > floor && text[i - 1] is not (',' or ';' or ':' or '.' or '?' or '!'))
        {
            i--;
        }

        return i;
    }

    /// <summary>Whether <paramref name="index"/> sits in an if-clause ("how do I cancel if it's not for us"): a condition weighed, not a stance taken.</summary>
    public static bool InConditionalClause(string text, int index)
    {
        var start = ClauseStart(text, index);
        foreach (var word in ConditionalOpeners)
        {
            for (var at = text.IndexOf(word, start, index - start, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, index - at - 1, StringComparison.OrdinalIgnoreCase))
            {
                var before = at == 0 || !char.IsLetter(text[at - 1]);
                var after = at + word.Length >= text.Length || !char.IsLetter(text[at + word.Length]);
                if (before && after)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly string[] ConditionalOpeners = ["if", "unless", "in case", "whether"];

    public static bool IsAny(ReadOnlySpan<char> word, string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The tokenizer's word characters, plus '&' and '-' so role names stay whole ("R&D", "co-founder").
    private static bool IsWordChar(char c) => SpeechTokenizer.IsWordChar(c) || c is '&' or '-';

    private static string[] WithCurlyApostrophes(string[] words) =>
        [.. words, .. words.Where(w => w.Contains('\'', StringComparison.Ordinal)).Select(w => w.Replace('\'', '\u2019'))];
}
