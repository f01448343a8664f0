namespace VoiceAnalytics.Core.Scoring;

/// <summary>A component of the score (spec 3.2): the factors' points summed, capped at its maximum.</summary>
public sealed record ScoreComponent(string Name, int Points, int Max, int Uncapped);
