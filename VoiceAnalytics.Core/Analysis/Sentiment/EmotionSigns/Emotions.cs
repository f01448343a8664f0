namespace VoiceAnalytics.Core.Analysis.Sentiment.EmotionSigns;

/// <summary>The emotions the sentiment report reads, in report order.</summary>
public static class Emotions
{
    public const string Excitement = "excitement";
    public const string Frustration = "frustration";
    public const string Confusion = "confusion";
    public const string Confidence = "confidence";
    public const string Hesitation = "hesitation";

    public static IReadOnlyList<string> All { get; } = [Excitement, Frustration, Confusion, Confidence, Hesitation];
}
