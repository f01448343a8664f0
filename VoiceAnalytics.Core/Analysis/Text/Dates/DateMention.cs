namespace VoiceAnalytics.Core.Analysis.Text.Dates;

/// <summary>
/// A date expression found in text and resolved against a reference date. <see cref="From"/>..<see cref="To"/> is the
/// window it allows (both inclusive): "by Friday" runs from the reference date to Friday, "in January" is all of January.
/// </summary>
/// <param name="Start">Offset of the expression in the text, including a leading "by" / "before" / "after".</param>
/// <param name="Length">Length of the expression in characters.</param>
/// <param name="Text">The expression as spoken.</param>
/// <param name="IsPast">True when the whole window lies before the reference date ("last year", "two weeks ago").</param>
public sealed record DateMention(
    int Start,
    int Length,
    string Text,
    DateOnly From,
    DateOnly To,
    DateRelation Relation,
    DateGranularity Granularity,
    bool IsPast)
{
    public int End => Start + Length;
}
