using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Performance;
using VoiceAnalytics.Core.Analysis.Performance.Costs;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.Metrics;
using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Tests.Analysis.Performance;

/// <summary>Builders of the 1.7 shapes (realtime records, per-message metrics, usage) for the performance tests.</summary>
internal static class PerformanceFixtures
{
    public const double T0 = 1_700_000_000;

    public static PerformanceReport Analyze(SessionPayload session, PricingOptions? pricing = null) =>
        new PerformanceMetricsAnalyzer(Options.Create(pricing ?? new PricingOptions())).Analyze(AnalysisInput.ForSession(session));

    public static SessionPayload Session(IReadOnlyList<MetricsRecord> metrics, IReadOnlyList<TranscriptItem>? items = null) => new()
    {
        SessionId = "perf-1.7",
        StartTime = DateTimeOffset.UnixEpoch.AddSeconds(T0),
        DurationSeconds = 60,
        Metrics = metrics,
        Transcript = new Transcript { Items = items ?? [] },
    };

    /// <summary>
    /// Three gpt-realtime responses: two spoken replies (ttft 0.8 s and 1.2 s, e2e 1.6 s and 2.4 s in their messages)
    /// and a tool-call response without audio (ttft -1).
    /// </summary>
    public static SessionPayload RealtimeCall() => Session(
        [
            Realtime("resp_1", T0 + 5, ttft: 0.8, textIn: 200, audioIn: 800, textOut: 50, audioOut: 250),
            Realtime("resp_2", T0 + 20, ttft: 1.2, textIn: 500, audioIn: 1500, cachedText: 200, cachedAudio: 800, textOut: 50, audioOut: 350),
            Realtime("resp_3", T0 + 35, ttft: -1, textIn: 1000, audioIn: 1500, cachedText: 500, cachedAudio: 1500, textOut: 30),
        ],
        [
            User("u1", T0 + 2, T0 + 4.3),
            Assistant("a1", T0 + 5.9, T0 + 9, e2e: 1.6, requestIds: ["resp_1"]),
            User("u2", T0 + 16, T0 + 18.9),
            Assistant("a2", T0 + 21.3, T0 + 25, e2e: 2.4, requestIds: ["resp_2"]),
        ]);

    /// <summary>A gpt-realtime response; token details only when audio or cached counts are given.</summary>
    public static RealtimeModelMetrics Realtime(
        string requestId, double at, double ttft, long textIn = 0, long audioIn = 0, long cachedText = 0, long cachedAudio = 0,
        long textOut = 0, long audioOut = 0, string model = "gpt-realtime") => new()
        {
            RequestId = requestId,
            Timestamp = at,
            Ttft = ttft,
            Duration = Math.Max(ttft, 0) + 2,
            InputTokens = textIn + audioIn,
            OutputTokens = textOut + audioOut,
            TotalTokens = textIn + audioIn + textOut + audioOut,
            InputTokenDetails = new RealtimeInputTokenDetails
            {
                TextTokens = textIn,
                AudioTokens = audioIn,
                CachedTokens = cachedText + cachedAudio,
                CachedTokensDetails = new RealtimeCachedTokenDetails { TextTokens = cachedText, AudioTokens = cachedAudio },
            },
            OutputTokenDetails = new RealtimeOutputTokenDetails { TextTokens = textOut, AudioTokens = audioOut },
            Metadata = new MetricsMetadata { ModelName = model, ModelProvider = "openai" },
        };

    public static LlmMetrics LlmRecord(string speech, double at, double ttft, long prompt = 100, long completion = 20) =>
        new() { SpeechId = speech, Timestamp = at, Ttft = ttft, Duration = ttft + 0.5, PromptTokens = prompt, CompletionTokens = completion, TotalTokens = prompt + completion, Metadata = new() { ModelName = "gpt-4.1-mini" } };

    public static TtsMetrics Tts(string speech, double at, double ttfb) =>
        new() { SpeechId = speech, Timestamp = at, Ttfb = ttfb, CharactersCount = 50, AudioDuration = 3 };

    public static EouMetrics Eou(string speech, double at, double delay) =>
        new() { SpeechId = speech, Timestamp = at, EndOfUtteranceDelay = delay };

    public static MessageItem User(string id, double started, double stopped, string text = "hello there") =>
        new() { Id = id, Role = "user", Content = [text], CreatedAt = started, Metrics = new MessageMetrics { StartedSpeakingAt = started, StoppedSpeakingAt = stopped } };

    /// <summary>An assistant message as 1.7 writes it: speaking times, e2e_latency and, for a realtime reply, the response id.</summary>
    public static MessageItem Assistant(
        string id, double started, double stopped, double? e2e, string text = "sure, let me help", IReadOnlyList<string>? requestIds = null, double? playback = null) => new()
        {
            Id = id,
            Role = "assistant",
            Content = [text],
            CreatedAt = started,
            Metrics = new MessageMetrics
            {
                StartedSpeakingAt = started,
                StoppedSpeakingAt = stopped,
                E2eLatency = e2e,
                ProviderRequestIds = requestIds,
                PlaybackLatency = playback,
            },
        };
}
