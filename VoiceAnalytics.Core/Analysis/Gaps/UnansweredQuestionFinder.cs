using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Gaps;

/// <summary>
/// User questions the agent did not answer: the reply (every agent turn up to the user's next turn) deflects ("I'm
/// not sure", "I couldn't find", "let me have someone follow up"), or the call ended before any reply.
/// </summary>
internal static class UnansweredQuestionFinder
{
    public static List<UnansweredQuestion> Find(Conversation conversation, List<UserQuestion> questions, TopicMemo memo)
    {
        var found = new List<UnansweredQuestion>();
        foreach (var turn in conversation.UserTurns)
        {
            if ((UserQuestionFinder.LastIn(questions, turn) ?? UserQuestionFinder.ImplicitIn(turn)) is not { } question)
            {
                continue;
            }

            var replied = false;
            foreach (var reply in conversation.RepliesTo(turn))
            {
                replied = true;
                var deflection = AgentAnswerCues.Deflection(conversation, reply);
                if (deflection.Success)
                {
                    var next = conversation.NextUserTurn(turn);
                    found.Add(new UnansweredQuestion(
                        question.Text,
                        memo.Topic(question.Text),
                        "deflected",
                        next is not null && UserReactionCues.IsDissatisfied(next.Text),
                        Evidence.Sentence(reply, deflection.Index),
                        AgentAnswerCues.IsStrong(deflection) ? 0.85 : 0.7,
                        question.Evidence));
                    break;
                }
            }

            if (!replied && turn.Index == conversation.Turns.Count - 1)
            {
                found.Add(new UnansweredQuestion(
                    question.Text, memo.Topic(question.Text), "no_reply", false, null, 0.6, question.Evidence));
            }
        }

        return found;
    }
}
