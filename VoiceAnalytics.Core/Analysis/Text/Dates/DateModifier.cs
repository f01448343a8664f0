using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Text.Dates;

/// <summary>
/// The words just before a date expression that change what it means: "by Friday" is a deadline, "before our renewal
/// in three weeks" ends the day before, "after the holidays" starts the day after, "not until January" is January.
/// </summary>
internal static class DateModifier
{
    private const int MaxWordsBetween = 3;

    private static readonly string[] DeadlineWords = ["by", "until", "till", "til", "thru", "through"];

    private static readonly string[] TemporalPrepositions =
    [
        "on", "in", "by", "before", "after", "until", "till", "til", "around", "from", "through", "since", "during",
        "is", "was", "due", "renews", "expires", "ends", "starts", "than", "of", "for", "into", "this", "next", "last",
    ];

    /// <summary>The relation the words before <paramref name="start"/> give, and where those words begin.</summary>
    public static (DateRelation Relation, int Start) Before(string text, int start)
    {
        var cursor = start;
        for (var distance = 0; distance <= MaxWordsBetween; distance++)
        {
            if (PreviousWord(text, cursor) is not { } word)
            {
                break;
            }

            var w = text.AsSpan(word.Start, word.End - word.Start);
            var previous = PreviousWord(text, word.Start);
            var before = previous is { } p ? text.AsSpan(p.Start, p.End - p.Start) : [];
            if (w.Equals("before", StringComparison.OrdinalIgnoreCase))
            {
                return (DateRelation.Before, word.Start);
            }

            if (w.Equals("after", StringComparison.OrdinalIgnoreCase))
            {
                return (DateRelation.After, word.Start);
            }

            if ((w.Equals("of", StringComparison.OrdinalIgnoreCase) && before.Equals("ahead", StringComparison.OrdinalIgnoreCase))
                || (w.Equals("to", StringComparison.OrdinalIgnoreCase) && before.Equals("prior", StringComparison.OrdinalIgnoreCase)))
            {
                return (DateRelation.Before, previous!.Value.Start);
            }

            if (distance == 0 && IsAny(w, DeadlineWords))
            {
                var notUntil = before.Equals("not", StringComparison.OrdinalIgnoreCase);
                return (notUntil ? DateRelation.On : DateRelation.By, notUntil ? previous!.Value.Start : word.Start);
            }

            if (distance == 0 && w.Equals("than", StringComparison.OrdinalIgnoreCase) && before.Equals("later", StringComparison.OrdinalIgnoreCase))
            {
                var no = PreviousWord(text, previous!.Value.Start);
                return (DateRelation.By, no?.Start ?? previous.Value.Start);
            }

            if (IsClauseWord(w))
            {
                break;
            }

            cursor = word.Start;
        }

        return (DateRelation.On, start);
    }

    /// <summary>True when the word before <paramref name="start"/> introduces a time ("in may", "by fall", "on the first").</summary>
    public static bool FollowsTemporalPreposition(string text, int start) =>
        PreviousWord(text, start) is { } word && IsAny(text.AsSpan(word.Start, word.End - word.Start), TemporalPrepositions);

    /// <summary>The word ending before <paramref name="index"/> in the same clause, or null at punctuation or the start.</summary>
    private static (int Start, int End)? PreviousWord(string text, int index)
    {
        var end = index;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && SpeechTokenizer.IsWordChar(text[start - 1]))
        {
            start--;
        }

        return start < end ? (start, end) : null;
    }

    private static bool IsClauseWord(ReadOnlySpan<char> word) =>
        word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase)
        || word.Equals("so", StringComparison.OrdinalIgnoreCase) || word.Equals("because", StringComparison.OrdinalIgnoreCase);

    private static bool IsAny(ReadOnlySpan<char> word, string[] candidates)
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
}
