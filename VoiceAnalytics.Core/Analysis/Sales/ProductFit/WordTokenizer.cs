using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit;

/// <summary>Splits text into words (letters, digits, apostrophes); hyphens and dots separate ("sign-on", "monday.com").</summary>
internal static class WordTokenizer
{
    public static void Fill(string text, List<WordToken> into)
    {
        into.Clear();
        var i = 0;
        while (i < text.Length)
        {
            if (!WordScan.IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && WordScan.IsWordChar(text[i]))
            {
                i++;
            }

            var length = i - start;
            var key = length > 2 && text[i - 2] is '\'' or '’' && text[i - 1] is 's' or 'S' ? length - 2 : length;
            into.Add(new WordToken(start, length, key));
        }
    }

    /// <summary>The lower-cased word keys of a phrase, as the matcher compares them.</summary>
    public static string[] Words(string phrase)
    {
        var tokens = new List<WordToken>();
        Fill(phrase, tokens);
        return [.. tokens.Select(t => t.Key(phrase).ToString().ToLowerInvariant())];
    }
}
