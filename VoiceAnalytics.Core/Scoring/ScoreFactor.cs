namespace VoiceAnalytics.Core.Scoring;

/// <summary>One factor of a lead score: its component, what was seen, and the points it earned.</summary>
public sealed record ScoreFactor(string Component, string Name, string Observed, int Points);
