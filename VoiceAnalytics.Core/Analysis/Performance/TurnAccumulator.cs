using VoiceAnalytics.Core.Contracts;

namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// The records of one speech gathered in the single pass, then its figures in ms. Records may arrive out of
/// order, so "first" means earliest timestamp, not first seen.
/// </summary>
internal sealed class TurnAccumulator(string speechId, int order, double timestamp)
{
    private double _eouAt = double.MaxValue;
    private double _ttftAt = double.MaxValue;
    private double _ttfbAt = double.MaxValue;

    public string SpeechId { get; } = speechId;

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

    public int Index { get; set; }

    public double? TotalMs { get; set; }

    public double? E2eMs { get; set; }

    public double? SttDurationMs { get; set; }

    public bool IsAnomaly { get; set; }

    public void Add(LlmMetrics llm)
    {
        Touch(llm.Timestamp);
        PromptTokens += llm.PromptTokens;
        CompletionTokens += llm.CompletionTokens;
        // ttft -1 means no token arrived (cancelled or failed): it says nothing about latency.
        if (llm.Ttft >= 0 && llm.Timestamp < _ttftAt)
        {
            _ttftAt = llm.Timestamp;
            LlmTtft = llm.Ttft;
        }
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

    private void Touch(double timestamp)
    {
        if (timestamp < FirstTimestamp)
        {
            FirstTimestamp = timestamp;
        }
    }
}
