namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>
/// The agent's effectiveness, 0-10: share of user questions answered (not "I couldn't find ..."), share of tool calls
/// that worked, share of replies short enough for voice (three sentences, 60 words), and listening cues per turn.
/// </summary>
public sealed record AgentEffectiveness(double Score, int QuestionsAsked, int QuestionsResolved, double? ResolutionRate, double? ToolSuccessRate, double ResponseAppropriateness, double ListeningScore);
