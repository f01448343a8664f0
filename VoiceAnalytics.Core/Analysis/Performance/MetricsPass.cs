using System.Runtime.InteropServices;
using VoiceAnalytics.Core.Analysis.Performance.Costs;
using VoiceAnalytics.Core.Contracts.Metrics;

namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// One pass over the metrics records (thousands per call, mostly VAD): LLM, TTS and EOU records are bucketed by
/// speech_id, each realtime record is a turn of its own (one record = one response, with no speech_id), avatar
/// records give playback latency, and usage is tallied per model for payloads without usage totals. Other types are
/// skipped. Pipeline records without a speech_id count towards usage but belong to no turn.
/// </summary>
internal sealed class MetricsPass
{
    private double _weightedTps;
    private double _weight;
    private double _llmSeconds;
    private long _completionTokens;

    private MetricsPass()
    {
    }

    /// <summary>Speeches in order of first appearance (not yet sorted by time).</summary>
    public List<TurnAccumulator> Turns { get; } = [];

    public List<ModelTally> Usage { get; } = [];

    public int LlmRequests { get; private set; }

    /// <summary>LLM or TTS requests that delivered nothing without being cancelled.</summary>
    public int FailedRequests { get; private set; }

    public int TtsRequests { get; private set; }

    /// <summary>Realtime responses, also counted in <see cref="LlmRequests"/>.</summary>
    public int RealtimeRequests { get; private set; }

    /// <summary>avatar_metrics playback_latency in ms.</summary>
    public List<double> AvatarPlaybackMs { get; } = [];

    /// <summary>Completion tokens per second, weighted by completion tokens, else per second of LLM time.</summary>
    public double? TokensPerSecond => _weight > 0 ? _weightedTps / _weight : _llmSeconds > 0 ? _completionTokens / _llmSeconds : null;

    public static MetricsPass Run(IReadOnlyList<MetricsRecord> records)
    {
        var pass = new MetricsPass();
        var bySpeech = new Dictionary<string, TurnAccumulator>(StringComparer.Ordinal);
        // the parsed payload's list is read as a span: thousands of records, no interface call each
        ReadOnlySpan<MetricsRecord> all = records is List<MetricsRecord> list ? CollectionsMarshal.AsSpan(list) : [.. records];
        foreach (var record in all)
        {
            switch (record)
            {
                case VadMetrics:
                    break; // most records: tested first, so they pass one type check instead of six
                case LlmMetrics llm:
                    pass.AddLlm(llm);
                    pass.TurnOf(bySpeech, llm.SpeechId, llm.Timestamp)?.Add(llm);
                    break;
                case TtsMetrics tts:
                    pass.AddTts(tts);
                    pass.TurnOf(bySpeech, tts.SpeechId, tts.Timestamp)?.Add(tts);
                    break;
                case EouMetrics eou:
                    pass.TurnOf(bySpeech, eou.SpeechId, eou.Timestamp)?.Add(eou);
                    break;
                case RealtimeModelMetrics realtime:
                    pass.AddRealtime(realtime);
                    break;
                case AvatarMetrics avatar when avatar.PlaybackLatency > 0:
                    // 0 is the model's default: the avatar did not report a delay.
                    pass.AvatarPlaybackMs.Add(EpochTime.ToMs(avatar.PlaybackLatency));
                    break;
                case SttMetrics stt:
                    ModelTally.For(pass.Usage, ModelTally.Stt, stt.Metadata?.ModelProvider, stt.Metadata?.ModelName).AudioSeconds += stt.AudioDuration;
                    break;
            }
        }

        return pass;
    }

    private TurnAccumulator? TurnOf(Dictionary<string, TurnAccumulator> bySpeech, string? speechId, double timestamp)
    {
        if (string.IsNullOrEmpty(speechId))
        {
            return null;
        }

        if (!bySpeech.TryGetValue(speechId, out var turn))
        {
            turn = new TurnAccumulator(speechId, null, Turns.Count, timestamp);
            bySpeech.Add(speechId, turn);
            Turns.Add(turn);
        }

        return turn;
    }

    private void AddLlm(LlmMetrics llm)
    {
        LlmRequests++;
        if (llm.Ttft < 0 && !llm.Cancelled)
        {
            FailedRequests++;
        }

        var tally = ModelTally.For(Usage, ModelTally.Llm, llm.Metadata?.ModelProvider, llm.Metadata?.ModelName);
        tally.InputTokens += llm.PromptTokens;
        tally.CachedTokens += llm.PromptCachedTokens;
        tally.OutputTokens += llm.CompletionTokens;
        AddSpeed(llm.CompletionTokens, llm.Duration, llm.TokensPerSecond);
    }

    /// <summary>A realtime response is an LLM request; ttft -1 is a response without audio (text or tool call), not a failure.</summary>
    private void AddRealtime(RealtimeModelMetrics realtime)
    {
        LlmRequests++;
        RealtimeRequests++;
        var turn = new TurnAccumulator(null, string.IsNullOrEmpty(realtime.RequestId) ? null : realtime.RequestId, Turns.Count, realtime.Timestamp);
        turn.Add(realtime);
        Turns.Add(turn);
        ModelTally.For(Usage, ModelTally.Llm, realtime.Metadata?.ModelProvider, realtime.Metadata?.ModelName).AddTokens(realtime);
        AddSpeed(realtime.OutputTokens, realtime.Duration, realtime.TokensPerSecond);
    }

    private void AddSpeed(long completionTokens, double duration, double tokensPerSecond)
    {
        _completionTokens += completionTokens;
        _llmSeconds += Math.Max(0, duration);
        if (tokensPerSecond > 0 && completionTokens > 0)
        {
            _weightedTps += tokensPerSecond * completionTokens;
            _weight += completionTokens;
        }
    }

    private void AddTts(TtsMetrics tts)
    {
        TtsRequests++;
        if (tts.Ttfb < 0 && !tts.Cancelled)
        {
            FailedRequests++;
        }

        var tally = ModelTally.For(Usage, ModelTally.Tts, tts.Metadata?.ModelProvider, tts.Metadata?.ModelName);
        tally.Characters += tts.CharactersCount;
        tally.AudioSeconds += tts.AudioDuration;
    }
}
