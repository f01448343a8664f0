using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Dates;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;

/// <summary>
/// Whether an event named without its date ("before we move", "by the time the new location opens") is the event a
/// dated mention spoke of ("we're moving offices in May", "we're opening the sixth in two weeks"): a content word of
/// the event shares its stem with a word of the dated sentence (move / moving, opens / opening, migrate / migration),
/// so "before we decide" borrows no date from a sentence that says nothing of deciding.
/// </summary>
internal static class EventAnaphora
{
    private const int MinWordLength = 4;
    private const int MinStemLength = 3;

    // Inflections stripped once before comparing: moving and move share "mov".
    private static readonly string[] Suffixes = ["ing", "ed", "es", "s", "e"];

    // Too common to tie two sentences to one event.
    private static readonly string[] CommonWords =
    [
        "that", "this", "then", "them", "they", "there", "their", "these", "those", "with", "have", "will", "would",
        "going", "gonna", "want", "need", "really", "just", "about", "from", "into", "what", "when", "thing", "things",
        "everything", "anything", "something", "done", "over", "here", "back", "time", "even", "also", "actually",
        "start", "starts", "get", "gets", "make", "makes",
    ];

    /// <summary>
    /// Whether <paramref name="pointer"/> (an <see cref="TimelineCues.EventPointer"/> match in
    /// <paramref name="pointerText"/>) refers to the event of <paramref name="mention"/>'s sentence in
    /// <paramref name="datedText"/>; in one text only the words before the pointer count.
    /// </summary>
    public static bool Refers(Match pointer, string pointerText, string datedText, DateMention mention)
    {
        var (start, end) = SentenceBounds.Around(datedText, mention.Start);
        if (ReferenceEquals(pointerText, datedText))
        {
            end = Math.Min(end, pointer.Index);
        }

        var group = pointer.Groups["event"];
        for (var (w, stop) = (group.Index, group.Index + group.Length); NextWord(pointerText, w, stop) is (int from, int to); w = to)
        {
            var word = pointerText.AsSpan(from, to - from);
            if (word.Length >= MinWordLength && !DealText.IsAny(word, CommonWords) && SentenceHasStem(datedText, start, end, mention, Stem(word)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SentenceHasStem(string text, int start, int end, DateMention mention, ReadOnlySpan<char> stem)
    {
        for (var w = start; NextWord(text, w, end) is (int from, int to); w = to)
        {
            var word = text.AsSpan(from, to - from);
            var inDate = from < mention.End && to > mention.Start;
            if (!inDate && word.Length >= MinWordLength && SameStem(Stem(word), stem) && !DealText.IsAny(word, CommonWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One stem is the start of the other: "mov" / "mov", "migrat" / "migration", "renew" / "renewal".</summary>
    private static bool SameStem(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        a.Length <= b.Length ? b.StartsWith(a, StringComparison.OrdinalIgnoreCase) : a.StartsWith(b, StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= MinStemLength && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    /// <summary>The next run of letters in [<paramref name="index"/>, <paramref name="stop"/>), or null.</summary>
    private static (int Start, int End)? NextWord(string text, int index, int stop)
    {
        var start = index;
        while (start < stop && !char.IsLetter(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < stop && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > start ? (start, end) : null;
    }
}
