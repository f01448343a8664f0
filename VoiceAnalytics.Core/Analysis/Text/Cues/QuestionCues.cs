using System.Text.RegularExpressions;

namespace VoiceAnalytics.Core.Analysis.Text.Cues;

/// <summary>
/// Whether a sentence is a question: it ends with '?', or (speech-to-text often drops the mark) it opens with an
/// interrogative or an inverted auxiliary ("does it", "can we", "is there") and has no other terminator.
/// </summary>
public static partial class QuestionCues
{
    /// <summary>True when the sentence <c>text[start..end]</c> is a question.</summary>
    public static bool IsQuestion(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var last = end - 1;
        while (last >= start && char.IsWhiteSpace(text[last]))
        {
            last--;
        }

        if (last < start)
        {
            return false;
        }

        return text[last] == '?' || (text[last] != '.' && text[last] != '!' && OpeningRegex().Match(text, start, end - start).Success);
    }

    [GeneratedRegex(
        @"^\W*(?:(?:so|and|but|okay|ok|um|uh|hmm|oh|also|then|well|sorry|wait|yeah|right)\W+){0,3}(?:what|how|why|when|where|which|who|whose|is|are|was|does|do|did|can|could|will|would|should|shall|may|have|has)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex OpeningRegexPattern();

    private static GuardedRegex? OpeningRegexGuarded;

    private static GuardedRegex OpeningRegex() => OpeningRegexGuarded ??= new(OpeningRegexPattern());
}
