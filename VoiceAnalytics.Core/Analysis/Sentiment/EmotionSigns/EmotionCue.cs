namespace VoiceAnalytics.Core.Analysis.Sentiment.EmotionSigns;

/// <summary>A phrase that shows an emotion, with how strongly (about 0.2-1.3) and the kind of marker it is.</summary>
/// <param name="Emotion">excitement | frustration | confusion | confidence | hesitation.</param>
/// <param name="Kind">keyword | sigh | repetition_complaint.</param>
public sealed record EmotionCue(string Emotion, double Weight, string Kind = "keyword");
