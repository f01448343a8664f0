using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;

/// <summary>A vocabulary term found in a user turn, at characters [Start, End).</summary>
internal sealed record TermHit(Turn Turn, LexiconEntry Entry, int Start, int End)
{
    public TermKind Kind => Entry.Kind;

    public string Value => Entry.Value;

    public string Text => Turn.Text;
}
