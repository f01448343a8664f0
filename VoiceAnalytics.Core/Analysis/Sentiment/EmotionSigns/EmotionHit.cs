namespace VoiceAnalytics.Core.Analysis.Sentiment.EmotionSigns;

/// <summary>One sign of an emotion in a user turn: the cue, its weight and its character range in the turn's text.</summary>
/// <param name="Kind">keyword | sigh | repetition_complaint | exclamation | repeated_question.</param>
public sealed record EmotionHit(string Emotion, string Kind, string Cue, double Weight, ScoredTurn Turn, int Start, int End);
