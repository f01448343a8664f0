using VoiceAnalytics.Core.Contracts.Metrics;
using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// The per-message metrics of livekit-agents 1.3+, anchored at the moment the user stopped speaking so they can be
/// paired with a speech's EOU record (whose timestamp minus end_of_utterance_delay is that same moment): a user
/// message at stopped_speaking_at, an assistant message at started_speaking_at minus e2e_latency. A realtime response
/// is paired with its assistant message by id instead: 1.7 lists the response id in the message's
/// provider_request_ids, and the realtime record's request_id is that id.
/// </summary>
internal sealed class MessageTimings
{
    /// <summary>Anchors this close are the same user turn; real gaps between turns are seconds long.</summary>
    private const double PairingToleranceSeconds = 1.5;

    private readonly List<TimedValue> _userSpeaking = [];
    private readonly List<TimedValue> _e2eByUserStop = [];
    private readonly Dictionary<string, int> _responseByRequestId = new(StringComparer.Ordinal);

    private MessageTimings()
    {
    }

    /// <summary>Every assistant message's e2e_latency in ms, paired with a speech or not.</summary>
    public List<double> E2eMs { get; } = [];

    /// <summary>Assistant messages with an e2e_latency, in transcript order, for pairing with realtime responses or as turns of their own.</summary>
    public List<AssistantResponse> Responses { get; } = [];

    /// <summary>Every assistant message's playback_latency in ms (first audio frame forwarded to playback started).</summary>
    public List<double> PlaybackMs { get; } = [];

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

    /// <summary>The assistant message whose provider_request_ids name <paramref name="requestId"/>, or null.</summary>
    public AssistantResponse? ResponseFor(string? requestId) =>
        requestId is not null && _responseByRequestId.TryGetValue(requestId, out var index) ? Responses[index] : null;

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

    private void AddResponse(MessageItem message, MessageMetrics metrics, double e2eMs)
    {
        var at = metrics.StartedSpeakingAt ?? message.CreatedAt;
        Responses.Add(new AssistantResponse(at, e2eMs));
        foreach (var id in metrics.ProviderRequestIds ?? [])
        {
            _responseByRequestId.TryAdd(id, Responses.Count - 1);
        }
    }

    private void Add(MessageItem message, MessageMetrics metrics)
    {
        if (message.IsAssistant && metrics.PlaybackLatency is { } playback && playback >= 0)
        {
            PlaybackMs.Add(EpochTime.ToMs(playback));
        }

        if (message.IsUser && metrics is { StartedSpeakingAt: { } started, StoppedSpeakingAt: { } stopped } && stopped >= started)
        {
            _userSpeaking.Add(new(stopped, EpochTime.ToMs(stopped - started)));
        }
        else if (message.IsAssistant && metrics.E2eLatency is { } e2e && e2e >= 0)
        {
            E2eMs.Add(EpochTime.ToMs(e2e));
            AddResponse(message, metrics, EpochTime.ToMs(e2e));
            if (metrics.StartedSpeakingAt is { } speakingAt)
            {
                _e2eByUserStop.Add(new(speakingAt - e2e, EpochTime.ToMs(e2e)));
            }
        }
    }
}
