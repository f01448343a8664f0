namespace VoiceAnalytics.Core.Analysis.Text;

/// <summary>
/// Whether a cue is negated: a negator ("not", "no", "never", "without", any "n't" word) among the few words just
/// before it, inside the same clause. "that's not a problem" and "no big deal" are not concerns.
/// </summary>
public static class CueNegation
{
    public static bool IsNegated(string text, int index, int maxWords = 3)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = Math.Min(index, text.Length) - 1;
        for (var words = 0; words < maxWords && i >= 0;)
        {
            var c = text[i];
            if (c is '.' or '?' or '!' or ',' or ';' or ':')
            {
                return false; // the negator would belong to another clause
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

            var word = text.AsSpan(i + 1, end - i - 1);
            if (IsNegator(word))
            {
                return true;
            }

            if (IsContrast(word))
            {
                return false;
            }

            words++;
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
