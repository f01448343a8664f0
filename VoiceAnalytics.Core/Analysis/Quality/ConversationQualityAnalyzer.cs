using VoiceAnalytics.Core.Analysis.Quality.Endings;
using VoiceAnalytics.Core.Analysis.Quality.Questions;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>
/// Spec 3.3 Conversation Quality Analyzer: turn balance, questions by each side, active listening, interruptions,
/// dead air and talk time from the speaking timestamps, the ending, the sentiment progression (the same
/// <see cref="SentimentTimeline"/> as the sentiment analyzer), satisfaction and agent effectiveness, scored against the
/// spec's targets with red flags, strengths and recommendations.
/// </summary>
public sealed class ConversationQualityAnalyzer : Analyzer<ConversationQualityReport>
{
    public override string Name => "conversation_quality";

    public override int Version => 3;

    public override AnalyzerStage Stage => AnalyzerStage.FanOut;

    public override ConversationQualityReport Analyze(AnalysisInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var session = input.Session;
        var conversation = input.Conversation;
        var userTurns = conversation.Shared(SentimentTimeline.Read);
        var agentTurns = conversation.AssistantTurns.Select(t => ScannedTurn.Of(conversation, t)).ToList();
        var questions = Questions(conversation, userTurns, agentTurns);
        var listening = ListeningReader.Read(conversation, agentTurns, userTurns);
        var interruptions = InterruptionReader.Read(conversation, userTurns, session.EffectiveDurationSeconds, session.Metrics);
        var ending = EndingDetector.Read(session, conversation, agentTurns, userTurns);
        var sentiment = Progression(userTurns, conversation.Shared(SentimentTrend.Read));
        var agent = EffectivenessReader.Read(conversation, agentTurns, userTurns, listening);
        var report = new ConversationQualityReport
        {
            NaturalEnding = ending.Natural,
            EndReason = ending.Reason,
            UserQuestions = questions.UserQuestions,
            Interruptions = interruptions.Count,
            TurnBalance = TurnBalanceReader.Read(conversation),
            Questions = questions,
            Listening = listening,
            InterruptionDetails = interruptions,
            Speaking = SpeakingTimeline.Read(session, conversation),
            Ending = ending,
            Sentiment = sentiment,
            SatisfactionProxy = QualityScorer.Satisfaction(sentiment, questions, userTurns.Count, agent, ending),
            AgentEffectiveness = agent,
        };
        var components = QualityScorer.Components(report);
        report = report with { Components = components, QualityScore = QualityScorer.Overall(components) };
        var flags = QualityNotes.RedFlags(report);
        return report with
        {
            RedFlags = flags,
            Strengths = QualityNotes.Strengths(report),
            Recommendations = QualityNotes.Recommendations(flags),
        };
    }

    private static QuestionEngagement Questions(Conversation conversation, IReadOnlyList<ScoredTurn> userTurns, List<ScannedTurn> agentTurns)
    {
        var user = 0;
        var evidence = new List<Evidence>();
        foreach (var turn in userTurns)
        {
            foreach (var start in turn.Questions)
            {
                evidence.Add(Evidence.Sentence(turn.Turn, start));
            }

            user += turn.Questions.Count;
            if (AnsweredStatements.IsAnswered(conversation, turn))
            {
                // The agent's "Yes," shows a question the turn's form did not.
                evidence.Add(Evidence.Sentence(turn.Turn, 0));
                user++;
            }
        }

        var agent = agentTurns.Sum(t => t.Questions.Count);
        var total = user + agent;
        return new QuestionEngagement(user, agent, total, total is >= 5 and <= 12, evidence);
    }

    private static SentimentProgression Progression(IReadOnlyList<ScoredTurn> userTurns, TrendReading trend)
    {
        var score = userTurns.Count == 0 ? 0 : userTurns.Average(t => t.Score);
        var overall = SentimentLabels.ForCall(score);
        var meets = overall == SentimentLabels.Positive || trend.Trend == SentimentTrend.Improving;
        return new SentimentProgression(overall, Math.Round(score, 3), trend.Start, trend.End, trend.Trend, meets);
    }
}
