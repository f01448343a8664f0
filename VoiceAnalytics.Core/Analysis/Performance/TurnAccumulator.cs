using VoiceAnalytics.Core.Contracts.Metrics;

namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// The records of one agent response gathered in the single pass, then its figures in ms. A pipeline response is a
/// speech_id; a realtime response is one <c>realtime_model_metrics</c> record (request_id); a response known only from
/// an assistant message's metrics has neither. Records may arrive out of order, so "first" means earliest timestamp.
/// </summary>
internal sealed class TurnAccumulator(string? speechId, string? requestId, int order, double timestamp)
{
    private double _eouAt = double.MaxValue;
    private double _ttftAt = double.MaxValue;
    private double _ttfbAt = double.MaxValue;

    public string? SpeechId { get; } = speechId;

    /// <summary>The realtime response's id; null for pipeline speeches.</summary>
    public string? RequestId { get; } = requestId;

    /// <summary>Order of first appearance, the tie-break when two speeches start at the same time.</summary>
    public int Order { get; } = order;

    public double FirstTimestamp { get; private set; } = timestamp;

    public double? EouDelay { get; private set; }

    public double EouTimestamp => _eouAt;

    public double? LlmTtft { get; private set; }

    public double? TtsTtfb { get; private set; }

    public long PromptTokens { get; private set; }

    public long CompletionTokens { get; private set; }

    public long Tokens => PromptTokens + CompletionTokens;

    /// <summary>True when the turn has a pipeline stage of its own (EOU or TTS), which a realtime response never has.</summary>
    public bool HasPipelineStage => EouDelay is not null || TtsTtfb is not null;

    public int Index { get; set; }

    public double? TotalMs { get; set; }

    public double? E2eMs { get; set; }

    /// <summary>The turn's latency on the call's <see cref="LatencyBases">basis</see>.</summary>
    public double? LatencyMs { get; set; }

    public double? SttDurationMs { get; set; }

    public bool IsAnomaly { get; set; }

    /// <summary>A response known only from an assistant message's e2e_latency (no metrics record).</summary>
    public static TurnAccumulator FromMessage(int order, double at, double e2eMs) => new(null, null, order, at) { E2eMs = e2eMs };

    public void Add(LlmMetrics llm)
    {
        Touch(llm.Timestamp);
        PromptTokens += llm.PromptTokens;
        CompletionTokens += llm.CompletionTokens;
        // ttft -1 means no token arrived (cancelled or failed): it says nothing about latency.
        SetTtft(llm.Timestamp, llm.Ttft);
    }

    public void Add(RealtimeModelMetrics realtime)
    {
        Touch(realtime.Timestamp);
        PromptTokens += realtime.InputTokens;
        CompletionTokens += realtime.OutputTokens;
        // Realtime ttft is the first AUDIO token; -1 is a text or tool-call response, which has no such moment.
        SetTtft(realtime.Timestamp, realtime.Ttft);
    }

    public void Add(TtsMetrics tts)
    {
        Touch(tts.Timestamp);
        if (tts.Ttfb >= 0 && tts.Timestamp < _ttfbAt)
        {
            _ttfbAt = tts.Timestamp;
            TtsTtfb = tts.Ttfb;
        }
    }

    public void Add(EouMetrics eou)
    {
        Touch(eou.Timestamp);
        if (eou.EndOfUtteranceDelay >= 0 && eou.Timestamp < _eouAt)
        {
            _eouAt = eou.Timestamp;
            EouDelay = eou.EndOfUtteranceDelay;
        }
    }

    private void SetTtft(double timestamp, double ttft)
    {
        if (ttft >= 0 && timestamp < _ttftAt)
        {
            _ttftAt = timestamp;
            LlmTtft = ttft;
        }
    }

    private void Touch(double timestamp)
    {
        if (timestamp < FirstTimestamp)
        {
            FirstTimestamp = timestamp;
        }
    }
}
