using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>
/// Agent messages marked <c>interrupted</c>, with the user's words that cut in: frustration when they complain,
/// excitement when they are positive, a question when they ask, else neutral.
/// </summary>
public static class InterruptionReader
{
    private const double MaxCount = 3;
    private const double MaxPerMinute = 0.5;
    private const double Clear = 0.2;

    public static InterruptionStats Read(Conversation conversation, IReadOnlyList<ScoredTurn> userTurns, double durationSeconds)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(userTurns);
        var events = new List<InterruptionEvent>();
        foreach (var agent in conversation.AssistantTurns)
        {
            if (!agent.Interrupted)
            {
                continue;
            }

            var next = NextUser(conversation, agent);
            if (next is null)
            {
                events.Add(new InterruptionEvent(agent.ItemId, null, "neutral", null));
                continue;
            }

            var scored = userTurns[next.UserIndex];
            var context = scored.Score <= -Clear || scored.RepeatOf is not null ? "frustration"
                : scored.Score >= Clear ? "excitement"
                : scored.Questions.Count > 0 ? "question"
                : "neutral";
            var quoteAt = scored.Questions.Count > 0 ? scored.Questions[0] : 0;
            events.Add(new InterruptionEvent(agent.ItemId, next.ItemId, context, Evidence.Sentence(next, quoteAt)));
        }

        double? perMinute = durationSeconds > 0 ? Math.Round(events.Count / (durationSeconds / 60), 2) : null;
        var within = events.Count < MaxCount && (perMinute ?? 0) < MaxPerMinute;
        return new InterruptionStats(
            events.Count,
            perMinute,
            within,
            events.Count(e => e.Context == "excitement"),
            events.Count(e => e.Context == "frustration"),
            events);
    }

    private static Turn? NextUser(Conversation conversation, Turn agent)
    {
        for (var i = agent.Index + 1; i < conversation.Turns.Count; i++)
        {
            if (conversation.Turns[i].IsUser)
            {
                return conversation.Turns[i];
            }
        }

        return null;
    }
}
