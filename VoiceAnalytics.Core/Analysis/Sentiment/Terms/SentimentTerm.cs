using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sentiment.Terms;

/// <summary>
/// A word or phrase that carries sentiment, valence from -2 (very negative) to +2 (very positive). Ambiguous words
/// count only after one of <see cref="Leads"/> ("going well" but not "well, ..."; "I like it" but not "like 40").
/// A <see cref="Feeling"/> names the speaker's own state ("worried", "frustrated") rather than describing a tool
/// ("clunky", "slow"), so it keeps its weight when the user describes how they work today. A
/// <see cref="Comparative"/> ("better", "easier") in a wish ("we'd need it to be better") tells of a lack, not a praise.
/// A comparison with expectations (<see cref="Exceeds"/>: "better than I expected") strengthens the term before it.
/// A slang approval (<see cref="OpensReply"/>: "grand", "class", "sick") is praise only as the reaction that opens a
/// sentence ("oh deadly", "ah that's class"), elsewhere a plain word ("ten grand", "sick leave", "business class").
/// A <see cref="RefusesContact"/> term objects to being called at all ("take me off your list").
/// </summary>
public sealed record SentimentTerm(double Valence, WordSet? Leads = null, bool Feeling = false, bool Comparative = false, bool Exceeds = false, bool OpensReply = false, bool RefusesContact = false);
