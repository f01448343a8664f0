namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit;

/// <summary>One surface form of a term: its words, what it names and how strongly (for scored terms).</summary>
internal sealed record LexiconEntry(TermKind Kind, string Value, string Phrase, double Weight = 1.0, TermGuard Guard = TermGuard.None)
{
    public string[] Words { get; } = WordTokenizer.Words(Phrase);
}
