using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing;

/// <summary>A possible team or company size; a higher <see cref="Priority"/> is a more direct statement.</summary>
/// <param name="Turn">The turn it was said in and <paramref name="Token"/> where: the evidence is built only for the winner.</param>
internal readonly record struct SizeCandidate(int Value, int Priority, double Confidence, SizingTurn Turn, int Token, bool IsSummary)
{
    /// <summary>
    /// Whether this beats <paramref name="other"/>: higher priority, then a summary, then a later summary of the same
    /// turn (the speaker revised the total: "so eleven. no wait, so ten"), then more confident, then earlier.
    /// </summary>
    public bool Beats(SizeCandidate? other) =>
        other is not { } o
        || Priority > o.Priority
        || (Priority == o.Priority && IsSummary && !o.IsSummary)
        || (Priority == o.Priority && IsSummary && o.IsSummary && ReferenceEquals(Turn, o.Turn) && Token > o.Token)
        || (Priority == o.Priority && IsSummary == o.IsSummary && !(IsSummary && ReferenceEquals(Turn, o.Turn)) && Confidence > o.Confidence + 0.001);

    public Extracted<int> ToExtracted() => new(Value, Math.Round(Math.Clamp(Confidence, 0, 1), 2), Turn.EvidenceAt(Token));
}
