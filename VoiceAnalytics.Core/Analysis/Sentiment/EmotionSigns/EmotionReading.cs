using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sentiment.EmotionSigns;

/// <summary>How much of one emotion the user showed and the turns that show it.</summary>
/// <param name="Intensity">none | low | medium | high.</param>
/// <param name="Score">Sum of the cue weights.</param>
public sealed record EmotionReading(string Emotion, string Intensity, double Score, double Confidence, IReadOnlyList<Evidence> Evidence);
