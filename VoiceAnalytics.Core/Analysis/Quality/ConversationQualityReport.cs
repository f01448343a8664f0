using VoiceAnalytics.Core.Analysis.Quality.Endings;
using VoiceAnalytics.Core.Analysis.Quality.Questions;

namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>
/// Spec 3.3: the quality of the conversation, 0-10, from its components (turn balance, questions, interruptions, dead
/// air, ending, sentiment progression, satisfaction, agent effectiveness), with red flags, strengths and recommendations.
/// </summary>
public sealed record ConversationQualityReport
{
    public bool NaturalEnding { get; init; }

    /// <summary>goodbye | hang-up | timeout | error.</summary>
    public string EndReason { get; init; } = "hang-up";

    public int UserQuestions { get; init; }

    /// <summary>
    /// Times the user interrupted the agent: the interruption model's count when the payload has interruption_metrics,
    /// else the agent messages marked interrupted (<see cref="InterruptionStats.Source"/> says which).
    /// </summary>
    public int Interruptions { get; init; }

    /// <summary>Overall quality, 0-10: the mean of the measured components' scores.</summary>
    public double QualityScore { get; init; }

    public IReadOnlyList<QualityComponent> Components { get; init; } = [];

    public TurnBalance TurnBalance { get; init; } = new(0, 0, null, "balanced", false);

    public QuestionEngagement Questions { get; init; } = new(0, 0, 0, false, []);

    public ActiveListening Listening { get; init; } = new(0, 0, 0, []);

    public InterruptionStats InterruptionDetails { get; init; } = new(0, null, true, 0, 0, []);

    public SpeakingStats Speaking { get; init; } = SpeakingStats.Unknown;

    public EndingAssessment Ending { get; init; } = new(false, "hang-up", 0, null, null);

    public SentimentProgression Sentiment { get; init; } = new("neutral", 0, 0, 0, "stable", false);

    /// <summary>0-10 proxy of the user's satisfaction: sentiment, engagement and resolution.</summary>
    public double SatisfactionProxy { get; init; }

    public AgentEffectiveness AgentEffectiveness { get; init; } = new(0, 0, 0, null, null, 0, 0);

    public IReadOnlyList<QualityNote> RedFlags { get; init; } = [];

    public IReadOnlyList<QualityNote> Strengths { get; init; } = [];

    public IReadOnlyList<string> Recommendations { get; init; } = [];
}
