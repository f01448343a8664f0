using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Contracts;

namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>
/// Reads the speaking intervals of the messages (<c>started_speaking_at</c>/<c>stopped_speaking_at</c>): silences over
/// 3 s between speech (overlaps merged), each side's speaking time and longest monologue. Null without timestamps.
/// </summary>
public static class SpeakingTimeline
{
    private const double DeadAirGap = 3.0;

    public static SpeakingStats Read(SessionPayload session, Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(conversation);
        var spoken = conversation.Turns
            .Where(t => t.StartedSpeakingAt is { } start && t.StoppedSpeakingAt is { } stop && stop > start)
            .OrderBy(t => t.StartedSpeakingAt)
            .ToList();
        if (spoken.Count < 2)
        {
            return SpeakingStats.Unknown;
        }

        double deadAir = 0, user = 0, agent = 0;
        var gaps = 0;
        var lastEnd = spoken[0].StoppedSpeakingAt!.Value;
        foreach (var turn in spoken)
        {
            var (start, stop) = (turn.StartedSpeakingAt!.Value, turn.StoppedSpeakingAt!.Value);
            if (start - lastEnd > DeadAirGap)
            {
                deadAir += start - lastEnd;
                gaps++;
            }

            lastEnd = Math.Max(lastEnd, stop);
            user += turn.IsUser ? stop - start : 0;
            agent += turn.IsAssistant ? stop - start : 0;
        }

        var duration = session.EffectiveDurationSeconds > 0 ? session.EffectiveDurationSeconds : lastEnd - spoken[0].StartedSpeakingAt!.Value;
        return new SpeakingStats(
            true,
            Math.Round(deadAir, 2),
            duration > 0 ? Math.Round(100 * deadAir / duration, 2) : null,
            gaps,
            Math.Round(user, 2),
            Math.Round(agent, 2),
            agent > 0 ? Math.Round(user / agent, 2) : null,
            user + agent > 0 ? Math.Round(user / (user + agent), 3) : null,
            Longest(session, spoken, "user"),
            Longest(session, spoken, "assistant"));
    }

    /// <summary>Runs of one side's consecutive messages, broken by the other side or by a 3 s silence; the longest wins.</summary>
    private static Monologue? Longest(SessionPayload session, List<Turn> spoken, string role)
    {
        Monologue? best = null;
        var i = 0;
        while (i < spoken.Count)
        {
            if (spoken[i].Role != role)
            {
                i++;
                continue;
            }

            var first = i;
            while (i + 1 < spoken.Count && spoken[i + 1].Role == role
                && spoken[i + 1].StartedSpeakingAt!.Value - spoken[i].StoppedSpeakingAt!.Value < DeadAirGap)
            {
                i++;
            }

            var seconds = Math.Round(spoken[i].StoppedSpeakingAt!.Value - spoken[first].StartedSpeakingAt!.Value, 2);
            if (best is null || seconds > best.Seconds)
            {
                var ids = new string[i - first + 1];
                for (var k = first; k <= i; k++)
                {
                    ids[k - first] = spoken[k].ItemId;
                }

                best = new Monologue(role, seconds, ids, CallClock.OffsetSeconds(session, spoken[first]));
            }

            i++;
        }

        return best;
    }
}
