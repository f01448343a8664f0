using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Text.Cues;

/// <summary>
/// Whether a cue is negated: a negator ("not", "no", "never", "without", any "n't" word) among the few words just
/// before it, inside the same clause. "that's not a problem" and "no big deal" are not concerns.
/// </summary>
public static class CueNegation
{
    public static bool IsNegated(string text, int index, int maxWords = 3)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = Math.Min(index, text.Length);
        for (var words = 0; words < maxWords; words++)
        {
            var (start, end) = WordScan.Previous(text, at, out var crossedBreak);
            if (start < 0 || crossedBreak)
            {
                return false; // the negator would belong to another clause
            }

            var word = text.AsSpan(start, end - start);
            if (IsNegator(word))
            {
                return true;
            }

            if (IsContrast(word))
            {
                return false;
            }

            at = start;
        }

        return false;
    }

    private static bool IsNegator(ReadOnlySpan<char> word) =>
        word.Equals("not", StringComparison.OrdinalIgnoreCase)
        || word.Equals("no", StringComparison.OrdinalIgnoreCase)
        || word.Equals("never", StringComparison.OrdinalIgnoreCase)
        || word.Equals("without", StringComparison.OrdinalIgnoreCase)
        || word.Equals("hardly", StringComparison.OrdinalIgnoreCase)
        || word.Equals("nothing", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase);

    private static bool IsContrast(ReadOnlySpan<char> word) =>
        word.Equals("but", StringComparison.OrdinalIgnoreCase)
        || word.Equals("though", StringComparison.OrdinalIgnoreCase)
        || word.Equals("although", StringComparison.OrdinalIgnoreCase);
}
