namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>User interruptions of the agent: count, rate per minute (targets: fewer than 3, under 0.5/min) and their context.</summary>
public sealed record InterruptionStats(int Count, double? PerMinute, bool WithinTarget, int Excited, int Frustrated, IReadOnlyList<InterruptionEvent> Events);
