using System.Runtime.CompilerServices;

namespace VoiceAnalytics.Core.Analysis.Text.Words;

/// <summary>
/// The one definition of a word in transcribed speech; every reader's tokens come from here.
/// <para>
/// Characters: a letter is an ASCII letter or any other <see cref="char.IsLetter(char)"/>; a digit is an ASCII
/// digit; an apostrophe is ' or ’ (U+2019; <see cref="Normalize"/> also makes ‘ one).
/// </para>
/// <para>
/// Tokens (<see cref="Tokenize"/>, <see cref="SpeechToken"/>) are the atoms. A word token is a run of letters keeping
/// an inner apostrophe that a letter follows ("don't", "o'clock"). A digits token is a run of digits keeping a comma
/// before exactly three digits ("1,500"; "5,6" stays two numbers) and a '.' or ':' before a digit ("1.5", "10:30").
/// Any other visible character is a symbol token of its own ("$", "%", "-", ","); whitespace only separates. Letters
/// and digits written together stay apart ("2pm" is "2" and "pm") so that number readers see the number.
/// </para>
/// <para>
/// Words (<see cref="Words(string, List{SpokenWord}, WordGrain)"/>, <see cref="SpokenWord"/>) are a view on the same
/// tokens: tokens written together make one word ("2pm", "mp3"), joined across an inner apostrophe ("90's"), an inner
/// ASCII hyphen ("e-signature") and a ',', '.' or ':' between digits ("1,200", "9:30"). Each word records the
/// strongest punctuation after it and a case-insensitive hash. <see cref="WordGrain.Split"/> is the grain of
/// vocabularies that list the parts: runs of letters, digits and apostrophes, cut at hyphens and digit separators
/// ("sign-on" is "sign" and "on", "1,500" is "1" and "500"), apostrophes kept even at the edges ("volunteers'",
/// "'em"); <see cref="IsWordChar"/> is that grain for readers that walk the text in place.
/// </para>
/// <para>
/// Offsets: every token and word is a [Start, End) range of the text given. <see cref="Normalize"/> and
/// <see cref="PlainApostrophes"/> keep the length, so a range found in either copy points at the same characters of
/// the original.
/// </para>
/// </summary>
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

    /// <summary>The text with ’ made ' and its case kept (same length), for readers that compare words as written.</summary>
    public static string PlainApostrophes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains('\u2019', StringComparison.Ordinal) ? text.Replace('\u2019', '\'') : text;
    }

    /// <summary>The tokens of <paramref name="text"/>; whitespace separates tokens and is dropped.</summary>
    public static SpeechToken[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<SpeechToken>(text.Length / 4 + 1);
        var i = 0;
        var checks = 0;
        while (Next(text, ref i, out var token))
        {
            AnalysisCancellation.ThrowIfRequestedEvery256(ref checks);
            tokens.Add(token);
        }

        return [.. tokens];
    }

    /// <summary>The words of <paramref name="text"/> at the given grain.</summary>
    public static List<SpokenWord> Words(string text, WordGrain grain = WordGrain.Spoken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<SpokenWord>(text.Length / 5);
        Words(text, words, grain);
        return words;
    }

    /// <summary>Fills <paramref name="into"/> (cleared first) with the words of <paramref name="text"/>, reusing its list.</summary>
    public static void Words(string text, List<SpokenWord> into, WordGrain grain = WordGrain.Spoken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        into.Clear();
        var joinAt = -1; // where a token must start to grow the last word
        var i = 0;
        var checks = 0;
        while (Next(text, ref i, out var token))
        {
            AnalysisCancellation.ThrowIfRequestedEvery256(ref checks);
            if (token.IsSymbol && !(grain == WordGrain.Split && IsApostrophe(text[token.Start])))
            {
                var joins = grain == WordGrain.Spoken && token.Start == joinAt && Joins(text, token.Start)
                    && i < text.Length && IsLetterOrDigit(text[i]);
                joinAt = joins ? token.End : -1;
                if (!joins && into.Count > 0)
                {
                    Mark(into, text[token.Start]);
                }
            }
            else if (token.IsDigits && grain == WordGrain.Split)
            {
                joinAt = AddDigitRuns(text, token, into, joinAt);
            }
            else
            {
                Add(text, token.Start, token.End, into, token.Start == joinAt);
                joinAt = token.End;
            }
        }
    }

    /// <summary>True for a character of a split-grain word (letter, digit, apostrophe), for readers walking text in place.</summary>
    public static bool IsWordChar(char c) => IsLetterOrDigit(c) || IsApostrophe(c);

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    internal static bool IsLetterOrDigit(char c) => IsLetter(c) || char.IsAsciiDigit(c);

    /// <summary>Moves <paramref name="i"/> past the next token; false at the end of the text.</summary>
    private static bool Next(string text, ref int i, out SpeechToken token)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            token = default;
            return false;
        }

        var start = i;
        var c = text[i];
        if (IsLetter(c))
        {
            i = WordEnd(text, i);
            token = new SpeechToken(start, i, SpeechTokenKind.Word);
        }
        else if (char.IsAsciiDigit(c))
        {
            i = DigitsEnd(text, i);
            token = new SpeechToken(start, i, SpeechTokenKind.Digits);
        }
        else
        {
            i++;
            token = new SpeechToken(start, i, SpeechTokenKind.Symbol);
        }

        return true;
    }

    // In the spoken grain a symbol written between two tokens joins them: an apostrophe, a hyphen, a digit separator.
    private static bool Joins(string text, int at) => text[at] switch
    {
        '\'' or '\u2019' or '-' => true,
        ',' or '.' or ':' => char.IsAsciiDigit(text[at - 1]) && at + 1 < text.Length && char.IsAsciiDigit(text[at + 1]),
        _ => false,
    };

    private static int AddDigitRuns(string text, SpeechToken token, List<SpokenWord> into, int joinAt)
    {
        var start = token.Start;
        for (var k = token.Start + 1; k < token.End; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                Add(text, start, k, into, start == joinAt);
                Mark(into, text[k]);
                start = k + 1;
            }
        }

        Add(text, start, token.End, into, start == joinAt);
        return token.End;
    }

    private static void Add(string text, int start, int end, List<SpokenWord> into, bool extendLast)
    {
        if (extendLast)
        {
            var last = into[^1];
            into[^1] = new SpokenWord(last.Start, end - last.Start, SpokenBreak.None, (int)HashOf(text, last.End, end, (uint)last.Hash));
            return;
        }

        into.Add(new SpokenWord(start, end - start, SpokenBreak.None, (int)HashOf(text, start, end, WordHash.Start)));
    }

    // The joiners inside a word hash as written (’ as '), like every other character of it.
    private static uint HashOf(string text, int from, int to, uint hash)
    {
        for (var k = from; k < to; k++)
        {
            hash = WordHash.Add(hash, text[k] == '\u2019' ? '\'' : text[k]);
        }

        return hash;
    }

    private static void Mark(List<SpokenWord> words, char c)
    {
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

    private static int WordEnd(string text, int i)
    {
        i++;
        while (i < text.Length && (IsLetter(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && IsLetter(text[i + 1]))))
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

    // Small enough to be inlined into the tokenizer's loops (the call was 2.5 % of an analyzer pass, issue 8); letters
    // beyond ASCII take the out-of-line call.
    private static bool IsLetter(char c) => char.IsAsciiLetter(c) || (c >= 128 && IsLetterBeyondAscii(c));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsLetterBeyondAscii(char c) => char.IsLetter(c);

    private static bool IsThousandsGroup(string text, int i) =>
        i + 3 <= text.Length
        && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
        && (i + 3 == text.Length || !char.IsAsciiDigit(text[i + 3]));
}
