using VoiceAnalytics.Core.Contracts;

namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// The per-message metrics of livekit-agents 1.3+, anchored at the moment the user stopped speaking so they can be
/// paired with a speech's EOU record (whose timestamp minus end_of_utterance_delay is that same moment): a user
/// message at stopped_speaking_at, an assistant message at started_speaking_at minus e2e_latency.
/// </summary>
internal sealed class MessageTimings
{
    /// <summary>Anchors this close are the same user turn; real gaps between turns are seconds long.</summary>
    private const double PairingToleranceSeconds = 1.5;

    private readonly List<TimedValue> _userSpeaking = [];
    private readonly List<TimedValue> _e2eByUserStop = [];

    private MessageTimings()
    {
    }

    /// <summary>Every assistant message's e2e_latency in ms, paired with a speech or not.</summary>
    public List<double> E2eMs { get; } = [];

    public bool HasMessageMetrics { get; private set; }

    public static MessageTimings Read(IReadOnlyList<TranscriptItem> items)
    {
        var timings = new MessageTimings();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is MessageItem { Metrics: { } metrics } message)
            {
                timings.HasMessageMetrics = true;
                timings.Add(message, metrics);
            }
        }

        timings._userSpeaking.Sort(static (a, b) => a.At.CompareTo(b.At));
        timings._e2eByUserStop.Sort(static (a, b) => a.At.CompareTo(b.At));
        return timings;
    }

    /// <summary>How long the user spoke (ms) in the turn that ended at <paramref name="userStoppedAt"/>.</summary>
    public double? UserSpeakingMs(double userStoppedAt) => Nearest(_userSpeaking, userStoppedAt);

    /// <summary>The e2e_latency (ms) of the response to the user turn that ended at <paramref name="userStoppedAt"/>.</summary>
    public double? E2eMsAfter(double userStoppedAt) => Nearest(_e2eByUserStop, userStoppedAt);

    private static double? Nearest(List<TimedValue> sorted, double at)
    {
        if (sorted.Count == 0)
        {
            return null;
        }

        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (sorted[mid].At < at)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        var best = low < sorted.Count ? low : low - 1;
        if (low > 0 && low < sorted.Count && at - sorted[low - 1].At < sorted[low].At - at)
        {
            best = low - 1;
        }

        return Math.Abs(sorted[best].At - at) <= PairingToleranceSeconds ? sorted[best].Value : null;
    }

    private void Add(MessageItem message, MessageMetrics metrics)
    {
        if (message.IsUser && metrics is { StartedSpeakingAt: { } started, StoppedSpeakingAt: { } stopped } && stopped >= started)
        {
            _userSpeaking.Add(new(stopped, EpochTime.ToMs(stopped - started)));
        }
        else if (message.IsAssistant && metrics.E2eLatency is { } e2e && e2e >= 0)
        {
            E2eMs.Add(EpochTime.ToMs(e2e));
            if (metrics.StartedSpeakingAt is { } speakingAt)
            {
                _e2eByUserStop.Add(new(speakingAt - e2e, EpochTime.ToMs(e2e)));
            }
        }
    }
}
