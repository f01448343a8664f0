namespace VoiceAnalytics.Core.Analysis.Summary;

/// <summary>What to do next: the action (call, email, demo, quote), who does it, when, and what to stress.</summary>
public sealed record RecommendedAction(string Action, string Owner, string Timing, IReadOnlyList<string> TalkingPoints);
