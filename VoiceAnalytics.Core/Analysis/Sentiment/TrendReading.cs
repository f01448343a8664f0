namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>The user's sentiment at the start and the end of the call (first and last quarter of their turns) and the trend.</summary>
/// <param name="Trend">improving | stable | declining.</param>
public sealed record TrendReading(double Start, double End, double Delta, string Trend)
{
    public static TrendReading Flat { get; } = new(0, 0, 0, SentimentTrend.Stable);
}
