using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Quality.Questions;

/// <summary>Questions asked by each side; 5-12 in total is an engaged conversation.</summary>
public sealed record QuestionEngagement(int UserQuestions, int AgentQuestions, int Total, bool Engaged, IReadOnlyList<Evidence> UserQuestionEvidence);
