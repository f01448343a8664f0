namespace VoiceAnalytics.Core.Analysis.Text.Numbers;

/// <summary>A number found in transcribed speech.</summary>
/// <param name="Value">The number; for a range, its midpoint.</param>
/// <param name="Low">The range's low end (equals <paramref name="Value"/> when not a range).</param>
/// <param name="High">The range's high end (equals <paramref name="Value"/> when not a range).</param>
/// <param name="Start">Offset of its first character in the text.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="IsApproximate">Hedged: "about", "roughly", "maybe", "-ish", "give or take", "a couple hundred".</param>
/// <param name="IsCorrected">The speaker corrected themselves ("thirty, no, thirty-five"); the value is the correction.</param>
/// <param name="Confidence">How exactly the speaker meant the value, 0-1: lower for hedges and ranges.</param>
public sealed record SpokenNumber(
    double Value,
    double Low,
    double High,
    int Start,
    int End,
    NumberKind Kind,
    bool IsApproximate,
    bool IsRange,
    bool IsCorrected,
    double Confidence)
{
    public int Length => End - Start;

    public bool IsCount => Kind == NumberKind.Count;
}
