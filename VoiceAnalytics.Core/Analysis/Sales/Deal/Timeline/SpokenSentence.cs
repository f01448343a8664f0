using System.Buffers;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal.Timeline;

/// <summary>
/// A date's sentence when speech-to-text gave the turn no punctuation at all. The whole turn is then one "sentence",
/// so a decision or purchase word anywhere in it ("i sign the checks nobody else to convince i'll start the forms
/// tonight") would give every date of the turn its topic. There the sentence is taken as the words within
/// <see cref="Reach"/> characters of the date, about as far as one spoken clause runs.
/// </summary>
internal readonly record struct SpokenSentence(int Start, int End)
{
    private const int Reach = 80;

    private static readonly SearchValues<char> SentencePunctuation = SearchValues.Create(".?!,;");

    /// <summary>The bounded sentence of the date at [start, end), or null when the turn is punctuated (its own sentences hold).</summary>
    public static SpokenSentence? Around(string text, int start, int end)
    {
        if (text.AsSpan().ContainsAny(SentencePunctuation))
        {
            return null;
        }

        var from = Math.Max(0, start - Reach);
        while (from > 0 && from < start && !char.IsWhiteSpace(text[from - 1]))
        {
            from++; // to a word start
        }

        var to = Math.Min(text.Length, end + Reach);
        while (to < text.Length && to > end && !char.IsWhiteSpace(text[to]))
        {
            to--; // to a word end
        }

        return new SpokenSentence(from, to);
    }
}
