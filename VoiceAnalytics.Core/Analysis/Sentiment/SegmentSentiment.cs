namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>The user's sentiment in one quarter of their turns; <see cref="Score"/> is null for a quarter without turns.</summary>
/// <param name="Segment">opening | discovery | discussion | closing.</param>
public sealed record SegmentSentiment(string Segment, int TurnCount, double? Score, string? Label);
