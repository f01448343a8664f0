namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>A scored term in a text: its character range and its weight after negation, intensity and context.</summary>
public readonly record struct SentimentHit(int Start, int End, double Weight);
