namespace VoiceAnalytics.Core.Analysis.Sentiment.EmotionSigns;

/// <summary>How sure the user seems of their needs and decision: confidence cues against hesitation cues.</summary>
/// <param name="Level">low | medium | high.</param>
/// <param name="Score">0-1; 0.5 when the user showed neither.</param>
public sealed record UserConfidence(string Level, double Score);
