using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Words;
using VoiceAnalytics.Core.Contracts;

namespace VoiceAnalytics.Core.Analysis.Quality.Endings;

/// <summary>
/// A natural ending: the user's last turn closes politely (thanks or a farewell in its last sentences, no new question
/// after it) and the agent closes too (a farewell or well-wish in its last replies, or thanks in its final reply
/// after the user's closing), or the user's farewell is the last word. Closings of a known shape count beside the
/// listed phrases (<see cref="ClosingShapes"/>: "have a great rest of your day", "you too", "byeee", "yep. later").
/// A user who leaves after a booking without a word of closing, an agent question left unanswered, a time-out or a
/// crash are not natural. The reason comes from <c>close_reason</c>/<c>shutdown_reason</c> otherwise.
/// </summary>
public static class EndingDetector
{
    public const string Goodbye = "goodbye";
    public const string HangUp = "hang-up";
    public const string Timeout = "timeout";
    public const string Error = "error";

    private static readonly string[] TimeoutWords = ["timeout", "time out", "timed out", "away", "idle", "inactiv", "silence", "no response"];

    public static EndingAssessment Read(SessionPayload session, Conversation conversation, IReadOnlyList<ScannedTurn> agentTurns, IReadOnlyList<ScoredTurn> userTurns)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(agentTurns);
        ArgumentNullException.ThrowIfNull(userTurns);
        var final = agentTurns.Count > 0 && (userTurns.Count == 0 || agentTurns[^1].Turn.Index > userTurns[^1].Turn.Index) ? agentTurns[^1] : null;
        var unanswered = final is not null && final.Questions.Count > 0 && AgentClosingAt(final, thanksClose: false) < 0;
        if (userTurns.Count == 0)
        {
            return new EndingAssessment(false, Unnatural(session, final is not null), 0.8, null, null);
        }

        var last = userTurns[^1];
        var (userCue, farewell) = UserClosing(last);
        var agentCue = AgentClosing(agentTurns, last.Turn.Index);
        var natural = userCue >= 0 && !unanswered && (agentCue is not null || (farewell && final is null));
        var userEvidence = userCue >= 0 ? Evidence.Sentence(last.Turn, userCue) : null;
        if (natural)
        {
            return new EndingAssessment(true, Goodbye, agentCue is not null ? 0.9 : 0.75, userEvidence, agentCue);
        }

        var confidence = userCue >= 0 ? 0.6 : 0.85;
        return new EndingAssessment(false, Unnatural(session, final is not null), confidence, userEvidence, agentCue);
    }

    /// <summary>Offset of the closing cue in the last two sentences of the user's last turn, and whether it is a farewell.</summary>
    private static (int Offset, bool Farewell) UserClosing(ScoredTurn last)
    {
        var from = StartOfLastSentences(last.Words, 2);
        var cue = -1;
        var farewell = false;
        for (var i = from; i < last.Words.Count; i++)
        {
            var isFarewell = ClosingCues.Farewells.IsMatch(last.Text, last.Words, i) || ClosingShapes.StartsAt(last.Text, last.Words, i);
            if (isFarewell || ClosingCues.Thanks.IsMatch(last.Text, last.Words, i))
            {
                cue = cue < 0 ? last.Words[i].Start : cue;
                farewell |= isFarewell;
            }
        }

        var askedAfter = cue >= 0 && last.Questions.Any(q => q > cue);
        return askedAfter ? (-1, false) : (cue, farewell);
    }

    private static Evidence? AgentClosing(IReadOnlyList<ScannedTurn> agentTurns, int lastUserIndex)
    {
        for (var k = agentTurns.Count - 1; k >= 0 && k >= agentTurns.Count - 3; k--)
        {
            var agent = agentTurns[k];
            if (agent.Turn.Index < lastUserIndex - 1)
            {
                break;
            }

            // Thanks closes only in the agent's last word after the user's ("Thanks, Ron."); earlier it thanks for an answer.
            var at = AgentClosingAt(agent, thanksClose: k == agentTurns.Count - 1 && agent.Turn.Index > lastUserIndex);
            if (at >= 0)
            {
                return Evidence.Sentence(agent.Turn, at);
            }
        }

        return null;
    }

    /// <summary>The offset of the first closing in an agent turn (listed phrases, or a closing of a known shape), or -1.</summary>
    private static int AgentClosingAt(ScannedTurn agent, bool thanksClose)
    {
        for (var i = 0; i < agent.Words.Count; i++)
        {
            if (ClosingCues.AgentClosings.IsMatch(agent.Text, agent.Words, i) || ClosingShapes.StartsAt(agent.Text, agent.Words, i)
                || (thanksClose && ClosingCues.Thanks.IsMatch(agent.Text, agent.Words, i)))
            {
                return agent.Words[i].Start;
            }
        }

        return -1;
    }

    private static int StartOfLastSentences(IReadOnlyList<SpokenWord> words, int count)
    {
        var seen = 0;
        for (var i = words.Count - 2; i >= 0; i--)
        {
            if (words[i].EndsSentence && ++seen == count)
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static string Unnatural(SessionPayload session, bool agentSpokeLast)
    {
        if (string.Equals(session.CloseReason, "error", StringComparison.OrdinalIgnoreCase))
        {
            return Error;
        }

        var shutdown = session.ShutdownReason ?? "";
        var timedOut = TimeoutWords.Any(w => shutdown.Contains(w, StringComparison.OrdinalIgnoreCase));
        var leftWaiting = agentSpokeLast && string.Equals(session.CloseReason, "user_initiated", StringComparison.OrdinalIgnoreCase);
        return timedOut || leftWaiting ? Timeout : HangUp;
    }
}
