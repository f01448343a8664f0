namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>
/// Turns as runs of one speaker (the agent's "Let me check" and its answer are one turn). <see cref="Ratio"/> is user
/// turns over agent turns, target 0.6-1.4; below 0.5 the user is disengaged, above 2.0 the user does the talking.
/// </summary>
/// <param name="Assessment">balanced | agent_heavy | user_heavy | user_disengaged | user_dominating.</param>
public sealed record TurnBalance(int UserTurns, int AgentTurns, double? Ratio, string Assessment, bool WithinTarget);
