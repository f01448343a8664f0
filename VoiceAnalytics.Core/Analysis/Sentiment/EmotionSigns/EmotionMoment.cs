namespace VoiceAnalytics.Core.Analysis.Sentiment.EmotionSigns;

/// <summary>A turn where the user's feeling showed most, with when it happened.</summary>
/// <param name="Emotion">The turn's strongest emotion, else positive or negative.</param>
public sealed record EmotionMoment(string ItemId, double? OffsetSeconds, string Emotion, double Score, string Quote);
