namespace VoiceAnalytics.Core.Scoring;

/// <summary>A returning user's last score, read from the warehouse before analysis (analyzers do no I/O).</summary>
public sealed record PreviousLeadScore(string SessionId, DateTimeOffset CallDate, int Score, string Tier, IReadOnlyList<ScoreFactor> Factors);
