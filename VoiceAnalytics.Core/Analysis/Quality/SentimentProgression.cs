namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>The user's sentiment from the start (first quarter of their turns) to the end (last quarter); target: positive or improving.</summary>
public sealed record SentimentProgression(string Overall, double Score, double StartScore, double EndScore, string Trend, bool MeetsTarget);
