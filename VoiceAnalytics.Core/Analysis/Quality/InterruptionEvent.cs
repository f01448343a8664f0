using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>An agent message the user cut off, and what the user said when they did.</summary>
/// <param name="Context">excitement | frustration | question | neutral.</param>
public sealed record InterruptionEvent(string AgentItemId, string? UserItemId, string Context, Evidence? UserEvidence);
