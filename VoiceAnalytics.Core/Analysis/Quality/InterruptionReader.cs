using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Contracts.Metrics;
using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>
/// Agent messages marked <c>interrupted</c>, with the user's words that cut in: frustration when they complain,
/// excitement when they are positive, a question when they ask, else neutral. The count comes from the adaptive
/// interruption model's <c>interruption_metrics</c> when the payload has them (it also sees interruptions that left no
/// flag, and tells backchannels apart); their counts are running totals, so the session's figure is the largest seen,
/// not the sum. Otherwise the count is the flagged messages.
/// </summary>
public static class InterruptionReader
{
    private const double MaxCount = 3;
    private const double MaxPerMinute = 0.5;
    private const double Clear = 0.2;

    public static InterruptionStats Read(Conversation conversation, IReadOnlyList<ScoredTurn> userTurns, double durationSeconds, IReadOnlyList<MetricsRecord> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
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

        var fromModel = ModelCounts(metrics);
        var count = fromModel?.Interruptions ?? events.Count;
        double? perMinute = durationSeconds > 0 ? Math.Round(count / (durationSeconds / 60), 2) : null;
        var within = count < MaxCount && (perMinute ?? 0) < MaxPerMinute;
        return new InterruptionStats(
            count,
            perMinute,
            within,
            events.Count(e => e.Context == "excitement"),
            events.Count(e => e.Context == "frustration"),
            events,
            fromModel is null ? InterruptionSources.Transcript : InterruptionSources.Metrics,
            fromModel?.Backchannels);
    }

    /// <summary>The largest running totals of the interruption_metrics records, or null without any.</summary>
    private static (int Interruptions, int Backchannels)? ModelCounts(IReadOnlyList<MetricsRecord> metrics)
    {
        (int Interruptions, int Backchannels)? counts = null;
        for (var i = 0; i < metrics.Count; i++)
        {
            if (metrics[i] is InterruptionMetrics record)
            {
                var (interruptions, backchannels) = counts ?? (0, 0);
                counts = (Math.Max(interruptions, Clamp(record.NumInterruptions)), Math.Max(backchannels, Clamp(record.NumBackchannels)));
            }
        }

        return counts;
    }

    private static int Clamp(long count) => (int)Math.Clamp(count, 0, int.MaxValue);

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
