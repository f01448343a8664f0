namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>
/// Splits transcribed speech into words without allocating strings. A word keeps inner apostrophes and hyphens
/// ("isn't", "e-signature") and inner digit separators ("1,200", "9:30"); each word records the punctuation after it.
/// </summary>
public static class SpokenWordScanner
{
    /// <summary>Typographic apostrophes become ASCII ones (same length, so offsets stay valid for evidence).</summary>
    public static string Normalize(string text) =>
        text.Contains('\u2019', StringComparison.Ordinal) ? text.Replace('\u2019', '\'') : text;

    public static List<SpokenWord> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<SpokenWord>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                MarkBreak(words, text[i]);
                i++;
                continue;
            }

            var start = i;
            var hash = WordHash.Start;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerJoiner(text, i)))
            {
                hash = WordHash.Add(hash, text[i]);
                i++;
            }

            words.Add(new SpokenWord(start, i - start, SpokenBreak.None, (int)hash));
        }

        return words;
    }

    private static bool IsInnerJoiner(string text, int i)
    {
        if (i + 1 >= text.Length || i == 0 || !char.IsLetterOrDigit(text[i - 1]) || !char.IsLetterOrDigit(text[i + 1]))
        {
            return false;
        }

        var c = text[i];
        return c is '\'' or '\u2019' or '-' || (c is ',' or '.' or ':' && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]));
    }

    private static void MarkBreak(List<SpokenWord> words, char c)
    {
        if (words.Count == 0)
        {
            return;
        }

        var kind = c switch
        {
            '?' => SpokenBreak.Question,
            '!' => SpokenBreak.Exclamation,
            '.' => SpokenBreak.Period,
            ',' or ';' or ':' or '\u2014' or '\u2013' or '-' => SpokenBreak.Clause,
            _ => SpokenBreak.None,
        };
        var last = words[^1];
        if (kind > last.After)
        {
            words[^1] = last with { After = kind };
        }
    }
}
