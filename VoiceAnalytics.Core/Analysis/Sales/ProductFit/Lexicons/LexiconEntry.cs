using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;

/// <summary>One surface form of a term: its words, what it names and how strongly (for scored terms).</summary>
internal sealed record LexiconEntry(TermKind Kind, string Value, string Phrase, double Weight = 1.0, TermGuard Guard = TermGuard.None)
{
    /// <summary>The lower-cased words of <see cref="Phrase"/> as the matcher reads a text (split grain, possessives cut).</summary>
    public string[] Words { get; } =
        [.. SpeechTokenizer.Words(Phrase, WordGrain.Split).Select(w => w.WithoutPossessive(Phrase).ToString().ToLowerInvariant())];
}
