using VoiceAnalytics.Core.Analysis.Text.Cues;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>
/// Negation scope across a conditional: in "if it's not legal it's pointless" the "not" belongs to the if-clause, so
/// "pointless" stays a concern. A negator counts against a cue only when no new subject ("it's", "I'm", "we") stands
/// between them after an "if" or "unless" earlier in the sentence.
/// </summary>
internal static class ConditionalScope
{
    private const int MaxWords = 4;
    private const int MaxReach = 30;

    private static readonly string[] Subjects =
    [
        "it's", "that's", "this's", "there's", "i'm", "we're", "they're", "you're", "it'll", "that'll", "we'll", "i'll",
        "they'll", "it'd", "that'd", "we'd", "i'd", "it", "that", "this", "i", "we", "they", "there",
    ];

    private static readonly string[] Conditions = ["if", "unless"];

    /// <summary>
    /// A negator among the few words before the cue at <paramref name="index"/> ("that's not a problem"), unless it
    /// belongs to a preceding if-clause: the objection readers' one rule for a negated cue.
    /// </summary>
    public static bool NegatedOutsideCondition(string text, int index) =>
        CueNegation.IsNegated(text, index, MaxWords) && !NegatorInCondition(text, index);

    /// <summary>True when the negator before <paramref name="index"/> sits in a preceding if-clause.</summary>
    public static bool NegatorInCondition(string text, int index)
    {
        var i = Math.Min(index, text.Length) - 1;
        var subjectSeen = false;
        for (var words = 0; i >= 0 && words < MaxReach;)
        {
            var c = text[i];
            if (c is '.' or '?' or '!' or ';')
            {
                return false;
            }

            if (!SpeechTokenizer.IsWordChar(text[i]))
            {
                i--;
                continue;
            }

            var end = i + 1;
            while (i >= 0 && SpeechTokenizer.IsWordChar(text[i]))
            {
                i--;
            }

            var word = Normalize(text.AsSpan(i + 1, end - i - 1));
            if (words < MaxWords && !subjectSeen && IsNegator(word))
            {
                return false; // the negator governs the cue's own clause
            }

            if (IsAny(word, Conditions))
            {
                return subjectSeen;
            }

            subjectSeen |= words < MaxWords && IsAny(word, Subjects);
            words++;
        }

        return false;
    }

    private static string Normalize(ReadOnlySpan<char> word) => word.ToString().Replace('\u2019', '\'').ToLowerInvariant();

    private static bool IsNegator(string word) => word is "not" or "no" or "never" or "without" || word.EndsWith("n't", StringComparison.Ordinal);

    private static bool IsAny(string word, string[] set) => Array.IndexOf(set, word) >= 0;
}
