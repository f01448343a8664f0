namespace VoiceAnalytics.Core.Analysis.Sentiment.Terms;

/// <summary>A scored term in a text: its character range and its weight after negation, intensity and context.</summary>
/// <param name="Describes">
/// True for a complaint that describes a thing or a situation ("clunky", "a mess", "slow") rather than the speaker's own
/// feeling ("frustrated", "worried"); see <see cref="SentimentTerm.Feeling"/>.
/// </param>
public readonly record struct SentimentHit(int Start, int End, double Weight, bool Describes = false);
