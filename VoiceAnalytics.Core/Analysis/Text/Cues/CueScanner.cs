using System.Collections.Frozen;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Text.Cues;

/// <summary>
/// One pass over a text's words (<see cref="SpeechTokenizer"/>'s split grain) that finds, per sentence, which of up to 64 <see cref="Cue"/>s have a trigger word
/// there. Regexes then run only on those sentences, so a transcript costs one dictionary lookup per word plus a few
/// short regex runs, instead of every regex tried at every position. A sentence longer than twice
/// <see cref="SpeechReach.MaxChars"/> (an unpunctuated turn) is cut at a space into pieces of that size, so that a
/// regex asked about one mention's sentence reads a bounded piece rather than the whole turn.
/// </summary>
public sealed class CueScanner
{
    private const int MaxCues = 64;
    private const int MaxSentenceChars = 2 * SpeechReach.MaxChars;

    private readonly Dictionary<Cue, int> _bits = [];
    private readonly FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _anyCase;
    private readonly FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _exactCase;
    private readonly ulong _anchoredMask;

    public CueScanner(params IReadOnlyList<Cue> cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        if (cues.Count > MaxCues)
        {
            throw new ArgumentException($"A scanner holds at most {MaxCues} cues.", nameof(cues));
        }

        var anyCase = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        var exactCase = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (var i = 0; i < cues.Count; i++)
        {
            var bit = 1UL << i;
            _bits[cues[i]] = i;
            _anchoredMask |= cues[i].Anchored ? bit : 0;
            foreach (var word in cues[i].Words)
            {
                var (target, key) = word.StartsWith('=') ? (exactCase, word[1..]) : (anyCase, word);
                foreach (var spelling in new[] { key, key.Replace('\'', '\u2019') }.Distinct())
                {
                    target[spelling] = target.GetValueOrDefault(spelling) | bit;
                }
            }
        }

        _anyCase = anyCase.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _exactCase = exactCase.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Scans <paramref name="text"/> once; ask the result which cues match where.</summary>
    public ScannedText Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new ScannedText(this, text);
        var sentenceStart = 0;
        var sentenceMask = 0UL;
        var i = 0;
        var checks = 0;
        while (i < text.Length)
        {
            AnalysisCancellation.ThrowIfRequestedEvery256(ref checks);
            if (!SpeechTokenizer.IsWordChar(text[i]))
            {
                var overlong = i - sentenceStart >= MaxSentenceChars && char.IsWhiteSpace(text[i]);
                if (overlong || (text[i] is '.' or '?' or '!' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))))
                {
                    result.AddSentence(sentenceStart, i + 1, sentenceMask);
                    (sentenceStart, sentenceMask) = (i + 1, 0);
                }

                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && SpeechTokenizer.IsWordChar(text[i]))
            {
                i++;
            }

            // Apostrophes at the edges quote the word ("'cause", "volunteers'"); its trigger is the word inside.
            while (start < i && SpeechTokenizer.IsApostrophe(text[start]))
            {
                start++;
            }

            var end = i;
            while (end > start && SpeechTokenizer.IsApostrophe(text[end - 1]))
            {
                end--;
            }

            if (end == start)
            {
                continue;
            }

            var mask = MaskOf(text.AsSpan(start, end - start));
            sentenceMask |= mask;
            if ((mask & _anchoredMask) != 0)
            {
                result.AddAnchor(start, mask & _anchoredMask);
            }
        }

        result.AddSentence(sentenceStart, text.Length, sentenceMask);
        return result;
    }

    internal ulong BitOf(Cue cue) =>
        _bits.TryGetValue(cue, out var i) ? 1UL << i : throw new ArgumentException("The cue does not belong to this scanner.", nameof(cue));

    private ulong MaskOf(ReadOnlySpan<char> word)
    {
        var mask = WordMask(word);
        if (word.Length > 2 && word[^1] is 's' or 'S' && word[^2] is '\'' or '\u2019')
        {
            mask |= WordMask(word[..^2]); // "our CFO's approval" triggers like "CFO"; "let's" still triggers as itself
        }

        return char.IsAsciiDigit(word[0]) && _anyCase.TryGetValue(Shape(word), out var s) ? mask | s : mask;
    }

    private ulong WordMask(ReadOnlySpan<char> word) =>
        (_anyCase.TryGetValue(word, out var m) ? m : 0) | (_exactCase.TryGetValue(word, out var e) ? e : 0);

    private static string Shape(ReadOnlySpan<char> word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        var rest = word[digits..];
        return rest.Length == 0 ? (digits == 4 && word.StartsWith("20") ? "<year>" : "<number>")
            : rest is "st" or "nd" or "rd" or "th" ? "<ordinal>"
            : rest.StartsWith("am", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("pm", StringComparison.OrdinalIgnoreCase) ? "<time>"
            : "<number>";
    }
}
