namespace VoiceAnalytics.Core.Analysis.Text;

/// <summary>
/// How far a sentence or a clause may reach from the index asked about. Speech-to-text can return a long turn with
/// no punctuation at all; every reader that scans "the sentence around a mention" would then scan the whole turn
/// once per mention, quadratic in the turn (issue 10: a 1 MB turn took 16+ minutes). Bounding the reach keeps each
/// lookup constant-cost, so readers stay linear. Real sentences are far shorter: the longest in the dev and sample
/// calls is 178 characters, so the bound changes nothing there.
/// </summary>
internal static class SpeechReach
{
    public const int MaxChars = 500;

    /// <summary>The earliest start for <paramref name="index"/>: <see cref="MaxChars"/> before it, moved forward to a word start.</summary>
    public static int Floor(string text, int index)
    {
        var floor = index - MaxChars;
        if (floor <= 0)
        {
            return 0;
        }

        while (floor < index && !char.IsWhiteSpace(text[floor - 1]))
        {
            floor++;
        }

        return floor;
    }

    /// <summary>The latest end for <paramref name="index"/>: <see cref="MaxChars"/> after it, moved back to a word end.</summary>
    public static int Ceiling(string text, int index)
    {
        var ceiling = index + MaxChars;
        if (ceiling >= text.Length)
        {
            return text.Length;
        }

        while (ceiling > index && !char.IsWhiteSpace(text[ceiling]))
        {
            ceiling--;
        }

        return ceiling;
    }
}
