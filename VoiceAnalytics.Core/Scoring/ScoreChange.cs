namespace VoiceAnalytics.Core.Scoring;

/// <summary>How a returning user's score moved since their last call, factor by factor.</summary>
public sealed record ScoreChange(string PreviousSessionId, int PreviousScore, string PreviousTier, int Delta, IReadOnlyList<string> Changes);
