using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Gaps;

/// <summary>The user asking again what they already asked (token-overlap similarity of the two questions).</summary>
/// <param name="Similarity">Jaccard similarity of the content words, 0-1.</param>
/// <param name="FirstAsked">The earlier question.</param>
/// <param name="Evidence">The repeat.</param>
public sealed record RepeatedQuestion(string Question, string Topic, double Similarity, Evidence FirstAsked, Evidence Evidence);
