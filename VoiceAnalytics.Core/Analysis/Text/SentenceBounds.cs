using System.Buffers;

namespace VoiceAnalytics.Core.Analysis.Text;

/// <summary>
/// Sentence boundaries in transcribed speech: '.', '?' and '!' end a sentence ('.' not inside a word or a number). Around an index, a sentence reaches at
/// most <see cref="SpeechReach.MaxChars"/> either way, so an unpunctuated turn costs each lookup a bounded scan.
/// </summary>
public static class SentenceBounds
{
    private static readonly SearchValues<char> Terminators = SearchValues.Create(".?!");

    public static (int Start, int End) Around(string text, int index)
    {
        AnalysisCancellation.ThrowIfRequested(); // once per mention: the loops over mentions stop when the analyzer is cancelled
        index = Math.Clamp(index, 0, Math.Max(0, text.Length - 1));
        var floor = SpeechReach.Floor(text, index);
        var last = LastEnd(text, floor, index);
        var start = last < 0 ? floor : last + 1;

        var ceiling = SpeechReach.Ceiling(text, index);
        var next = FirstEnd(text, index, ceiling);
        var end = next < 0 ? ceiling : next;

        if (end < text.Length && EndsAt(text, end))
        {
            end++; // keep the terminator
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return (start, end);
    }

    /// <summary>
    /// What a turn asks: its last sentence that ends in '?', else the whole text. "I'll flag it for the account
    /// executive. When are you looking to decide?" asks about the decision, not a meeting.
    /// </summary>
    public static string LastQuestion(string text)
    {
        var end = text.LastIndexOf('?');
        if (end < 0)
        {
            return text;
        }

        var (start, _) = Around(text, end);
        return text[start..(end + 1)];
    }

    /// <summary>The sentences of a text with their start offsets.</summary>
    public static IEnumerable<(int Start, string Sentence)> Split(string text)
    {
        var start = 0;
        var checks = 0;
        for (var i = 0; i < text.Length; i++)
        {
            AnalysisCancellation.ThrowIfRequestedEvery256(ref checks);
            if (IsEnd(text[i]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                if (Trimmed(text, start, i + 1) is { } sentence)
                {
                    yield return sentence;
                }

                start = i + 1;
            }
        }

        if (Trimmed(text, start, text.Length) is { } last)
        {
            yield return last;
        }
    }

    private static (int, string)? Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start < end ? (start, text[start..end]) : null;
    }

    private static bool IsEnd(char c) => c is '.' or '?' or '!';

    /// <summary>The first sentence end in [from, to), or -1; terminators are found with a vectorized search.</summary>
    private static int FirstEnd(string text, int from, int to)
    {
        while (from < to)
        {
            var hit = text.AsSpan(from, to - from).IndexOfAny(Terminators);
            if (hit < 0)
            {
                return -1;
            }

            if (EndsAt(text, from + hit))
            {
                return from + hit;
            }

            from += hit + 1;
        }

        return -1;
    }

    /// <summary>The last sentence end in [from, to), or -1.</summary>
    private static int LastEnd(string text, int from, int to)
    {
        while (from < to)
        {
            var hit = text.AsSpan(from, to - from).LastIndexOfAny(Terminators);
            if (hit < 0)
            {
                return -1;
            }

            if (EndsAt(text, from + hit))
            {
                return from + hit;
            }

            to = from + hit;
        }

        return -1;
    }

    /// <summary>
    /// A terminator ends a sentence unless a letter or digit follows it at once: the dot in "monday.com" or "$4.99"
    /// is part of a word or a number, not a full stop.
    /// </summary>
    private static bool EndsAt(string text, int i) =>
        IsEnd(text[i]) && (text[i] != '.' || i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]));
}
