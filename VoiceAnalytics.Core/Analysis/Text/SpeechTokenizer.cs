namespace VoiceAnalytics.Core.Analysis.Text;

/// <summary>Splits transcribed speech into words, digit runs and symbols without losing character offsets.</summary>
public static class SpeechTokenizer
{
    /// <summary>
    /// A lower-cased copy with curly apostrophes and long dashes made plain. It has the input's length, so offsets
    /// found in it point at the same characters of the original.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    '\u2018' or '\u2019' => '\'',
                    '\u2013' or '\u2014' => '-',
                    var c and >= 'A' and <= 'Z' => (char)(c + 32),
                    var c and < (char)128 => c,
                    var c => char.ToLowerInvariant(c),
                };
            }
        });
    }

    /// <summary>The tokens of <paramref name="text"/>; whitespace separates tokens and is dropped.</summary>
    public static SpeechToken[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<SpeechToken>(text.Length / 4 + 1);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            if (c == ' ' || char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (IsLetter(c))
            {
                i = WordEnd(text, i);
                tokens.Add(new SpeechToken(start, i, SpeechTokenKind.Word));
            }
            else if (char.IsAsciiDigit(c))
            {
                i = DigitsEnd(text, i);
                tokens.Add(new SpeechToken(start, i, SpeechTokenKind.Digits));
            }
            else
            {
                i++;
                tokens.Add(new SpeechToken(start, i, SpeechTokenKind.Symbol));
            }
        }

        return [.. tokens];
    }

    private static int WordEnd(string text, int i)
    {
        i++;
        while (i < text.Length && (IsLetter(text[i]) || (text[i] == '\'' && i + 1 < text.Length && IsLetter(text[i + 1]))))
        {
            i++;
        }

        return i;
    }

    private static int DigitsEnd(string text, int i)
    {
        i++;
        while (i < text.Length)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            else if (text[i] == ',' && IsThousandsGroup(text, i + 1))
            {
                i += 4; // "1,500": the comma separates thousands; "5,6" stays two numbers
            }
            else if (text[i] is '.' or ':' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsLetter(char c) => char.IsAsciiLetterLower(c) || (c >= 128 && char.IsLetter(c)) || char.IsAsciiLetterUpper(c);

    private static bool IsThousandsGroup(string text, int i) =>
        i + 3 <= text.Length
        && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
        && (i + 3 == text.Length || !char.IsAsciiDigit(text[i + 3]));
}
