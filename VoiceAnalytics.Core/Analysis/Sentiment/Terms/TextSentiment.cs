namespace VoiceAnalytics.Core.Analysis.Sentiment.Terms;

/// <summary>The sentiment of one text: <see cref="Score"/> in -1..1 (the squashed <see cref="Raw"/> sum) and its hits.</summary>
/// <param name="Surprised">
/// True when the text praises something as beyond what the speaker expected ("better than I thought", "that was actually
/// helpful"): the speaker reports that their view rose, which the trend reads as a change of mind.
/// </param>
/// <param name="RefusesContact">
/// True when the text objects to being called at all ("stop calling", "take me off your list"): a stance the user held
/// before the call started, which the trend does not read as a decline.
/// </param>
public sealed record TextSentiment(double Score, double Raw, IReadOnlyList<SentimentHit> Hits, bool Surprised = false, bool RefusesContact = false)
{
    public static TextSentiment Neutral { get; } = new(0, 0, []);
}
