namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>One point of the sentiment progression chart: a user turn, when it was said and its score.</summary>
/// <param name="OffsetSeconds">Seconds from the start of the call (speaking start, else creation time).</param>
/// <param name="Label">positive | neutral | negative.</param>
public sealed record TurnSentiment(string ItemId, int UserIndex, double? OffsetSeconds, double Score, string Label);
