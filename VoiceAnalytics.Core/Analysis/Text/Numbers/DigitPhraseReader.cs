using System.Globalization;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Text.Numbers;

/// <summary>Reads a number written in digits: "300", "1,500", "1.5k", "2 thousand", "10:30", "15th", "2pm", "30ish".</summary>
internal static class DigitPhraseReader
{
    public static bool TryRead(TokenizedText text, int index, out NumberPhrase phrase)
    {
        phrase = default;
        var span = text.Span(index);
        var flags = NumberPhraseFlags.Digits;
        if (span.Contains(':'))
        {
            span = span[..span.IndexOf(':')];
            flags |= NumberPhraseFlags.TimeOfDay; // "10:30"
        }
        else if (span.Count('.') > 1 || (span.Length >= 7 && !span.Contains(',') && !span.Contains('.')))
        {
            flags |= NumberPhraseFlags.Phone; // "555.123.4567", "5551234567"
        }

        Span<char> plain = stackalloc char[span.Length];
        var length = 0;
        foreach (var c in span)
        {
            if (c != ',')
            {
                plain[length++] = c;
            }
        }

        if (!double.TryParse(plain[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        var end = index + 1;
        var scale = 1;
        if (text.Touch(index, end) && text.IsWord(end))
        {
            flags |= SuffixFlag(text.Span(end), ref value, ref scale);
            end++;
        }
        else if (text.IsWord(end) && NumberWords.TryValue(text.Span(end), out var s) && NumberWords.IsScale(s))
        {
            value *= s; // "2 thousand", "1.5 million"
            scale = s;
            end++;
        }
        else if (text.Is(end, "dozen"))
        {
            value *= 12;
            end++;
        }

        flags |= NumberPhraseReader.IshAfter(text, ref end);
        phrase = NumberPhrase.Single(value, index, end, flags, scale);
        return true;
    }

    private static NumberPhraseFlags SuffixFlag(ReadOnlySpan<char> suffix, ref double value, ref int scale)
    {
        if (suffix.SequenceEqual("k") && value < 1_000)
        {
            value *= 1_000; // "2k", "1.5k"
            scale = 1_000;
            return NumberPhraseFlags.None;
        }

        return suffix switch
        {
            "st" or "nd" or "rd" or "th" => NumberPhraseFlags.Ordinal,
            "am" or "pm" => NumberPhraseFlags.TimeOfDay,
            "ish" => NumberPhraseFlags.Approximate,
            "s" => NumberPhraseFlags.Decade,
            "x" => NumberPhraseFlags.Multiplier,
            _ => NumberPhraseFlags.Identifier, // "3d", "5g", "10mb", "401k"
        };
    }
}
