namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>The sentiment of one text: <see cref="Score"/> in -1..1 (the squashed <see cref="Raw"/> sum) and its hits.</summary>
public sealed record TextSentiment(double Score, double Raw, IReadOnlyList<SentimentHit> Hits)
{
    public static TextSentiment Neutral { get; } = new(0, 0, []);
}
