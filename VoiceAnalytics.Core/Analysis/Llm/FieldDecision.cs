using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>
/// The final value of one label field and where it came from. Values are label text; a scalar has at most one.
/// When rules and model disagree, <see cref="Disagreement"/> is set and both <see cref="Rules"/> and
/// <see cref="Model"/> stay in the report for review.
/// </summary>
/// <param name="Provenance"><c>llm</c>, <c>rules</c> or <c>both</c>.</param>
public sealed record FieldDecision(
    string Field,
    string Provenance,
    double Confidence,
    IReadOnlyList<string> Final,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Model,
    bool Disagreement,
    IReadOnlyList<Evidence> ModelEvidence);
