using System.Text;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>
/// Finds a model's quote in the masked transcript, ignoring case, spacing and punctuation, and returns it as
/// evidence (item id and offsets in that line). A quote found nowhere is a hallucination.
/// </summary>
public sealed class QuoteFinder
{
    private const int MinimumLetters = 3;
    private readonly IReadOnlyList<(MaskedLine Line, string Normalized, int[] Offsets)> _lines;

    public QuoteFinder(MaskedTranscript transcript) =>
        _lines = [.. transcript.Lines.Select(l => { var (normalized, offsets) = Normalize(l.Text); return (l, normalized, offsets); })];

    public Evidence? Find(string? quote)
    {
        if (string.IsNullOrWhiteSpace(quote))
        {
            return null;
        }

        var (wanted, _) = Normalize(quote);
        if (wanted.Count(char.IsLetterOrDigit) < MinimumLetters)
        {
            return null;
        }

        foreach (var (line, normalized, offsets) in _lines)
        {
            var at = normalized.IndexOf(wanted, StringComparison.Ordinal);
            if (at >= 0)
            {
                var start = offsets[at];
                var end = offsets[at + wanted.Length - 1] + 1;
                return new Evidence(line.Text[start..end], line.ItemId, start, end);
            }
        }

        return null;
    }

    /// <summary>Lower-case letters and digits, one space between words; with each kept character's offset in the source.</summary>
    public static (string Text, int[] Offsets) Normalize(string source)
    {
        var text = new StringBuilder(source.Length);
        var offsets = new List<int>(source.Length);
        var pendingSpace = false;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && text.Length > 0)
                {
                    text.Append(' ');
                    offsets.Add(i);
                }

                pendingSpace = false;
                text.Append(char.ToLowerInvariant(c));
                offsets.Add(i);
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '/' or '—' or '–')
            {
                pendingSpace = true;
            }

            // Other punctuation (commas, apostrophes, periods) is dropped without a space: "don't" = "dont".
        }

        return (text.ToString(), [.. offsets]);
    }
}
