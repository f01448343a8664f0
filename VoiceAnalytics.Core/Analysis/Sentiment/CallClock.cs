using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Contracts;

namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>When a turn happened, in seconds from the start of the call.</summary>
public static class CallClock
{
    public static double? OffsetSeconds(SessionPayload session, Turn turn)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(turn);
        var at = turn.StartedSpeakingAt ?? turn.CreatedAt;
        if (at <= 0)
        {
            return null;
        }

        var offset = at - (session.StartTime.ToUnixTimeMilliseconds() / 1000.0);
        return offset < 0 ? null : Math.Round(offset, 1);
    }
}
